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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Fires when at least {@code threshold} percent of a selected tensor's values are zero at a step.
 *
 * <p>Immutable.
 */
final class AllZero implements Rule {
    static final String NAME = "AllZero";

    private final TensorSelection selection;
    private final double threshold;

    private AllZero(RuleParameters parameters) {
        this.selection = TensorSelection.required(parameters);
        this.threshold = parameters.number("threshold", 0, 100);
    }

    static RuleDefinition definition() {
        return new RuleDefinition(NAME,
                "Fires when at least threshold percent of a tensor's values are zero.",
                Stream.concat(TensorSelection.requiredParameters().stream(), Stream.of(
                        new ParameterSpec("threshold", "100", "Percentage of zeros (0 to 100) that fires."))).toList(),
                AllZero::new);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RuleRequirements requirements() {
        return selection.requirements();
    }

    @Override
    public RuleResult evaluate(RuleContext context, int step) {
        Trial trial = context.baseTrial();
        List<Finding> findings = new ArrayList<>();
        Map<String, double[]> values = selection.numericValuesAt(trial, step, NAME);
        for (Map.Entry<String, double[]> entry : values.entrySet()) {
            String tensor = entry.getKey();
            double zeros = ArrayMath.zeroPercent(entry.getValue());
            if (zeros >= threshold) {
                findings.add(new Finding(tensor, zeros, threshold, step, String.format(Locale.ROOT,
                        "'%s' is %s zeros at step %d (threshold %s)", tensor, Numbers.percent(zeros), step,
                        Numbers.percent(threshold))));
            }
        }
        return summarize(findings, values.size());
    }

    private static RuleResult summarize(List<Finding> findings, int inspected) {
        if (findings.isEmpty()) {
            return RuleResult.notFired();
        }
        Finding first = findings.get(0);
        if (findings.size() == 1) {
            return RuleResult.fired(first);
        }
        return RuleResult.fired(new Finding(first.tensor(), first.value(), first.threshold(), first.step(),
                String.format(Locale.ROOT, "%s; %d of %d tensors inspected are", first.message(), findings.size(),
                        inspected)));
    }
}
