// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import dev.boostscope.rules.Finding;
import dev.boostscope.rules.ParameterSpec;
import dev.boostscope.rules.Rule;
import dev.boostscope.rules.RuleContext;
import dev.boostscope.rules.RuleDefinition;
import dev.boostscope.rules.RuleParameters;
import dev.boostscope.rules.RuleRequirements;
import dev.boostscope.rules.RuleResult;
import dev.boostscope.trial.Trial;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fires when a tree saved in the {@code trees} collection is deeper than {@code depth}. The depth is measured from
 * the tree's structure ({@code trees/Node} with its {@code trees/Yes} and {@code trees/No} children): the number of
 * edges from the root to the deepest leaf, which is what XGBoost's {@code max_depth} bounds. SageMaker's
 * {@code log2(largest node id)} assumes heap-numbered nodes, which XGBoost's dumps do not use; it is only the
 * fallback when the child columns are missing.
 *
 * <p>Immutable.
 */
final class TreeDepth implements Rule {
    static final String NAME = "TreeDepth";
    static final String NODE = "trees/Node";

    private final double depth;

    private TreeDepth(RuleParameters parameters) {
        this.depth = parameters.number("depth", 0, Double.MAX_VALUE);
    }

    static RuleDefinition definition() {
        return new RuleDefinition(NAME,
                "Fires when a saved tree is deeper than depth (root-to-deepest-leaf edges, from the trees "
                        + "collection).",
                List.of(new ParameterSpec("depth", "4", "Maximum tree depth before firing.")),
                TreeDepth::new);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RuleRequirements requirements() {
        return RuleRequirements.ofCollections("trees");
    }

    @Override
    public RuleResult evaluate(RuleContext context, int step) {
        Trial trial = context.baseTrial();
        if (!trial.hasTensor(NODE) || !trial.tensor(NODE).steps().contains(step)) {
            throw NotSaved.at(NAME, "tree (" + NODE + ")", step);
        }
        Map<Long, Integer> depths = TreeShapes.depths(trial, step);
        for (Map.Entry<Long, Integer> tree : depths.entrySet()) {
            if (tree.getValue() > depth) {
                return RuleResult.fired(new Finding(NODE, tree.getValue(), depth, step, String.format(Locale.ROOT,
                        "tree %d saved at step %d is %d levels deep, deeper than depth %s", tree.getKey(), step,
                        tree.getValue(), Numbers.format(depth))));
            }
        }
        return RuleResult.notFired();
    }
}
