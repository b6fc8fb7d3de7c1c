// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import dev.boostscope.core.NdArray;
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
                List.of(new ParameterSpec(TensorSelection.COLLECTION_NAMES, "",
                                "Comma-separated collections to inspect (this or tensor_regex is required)."),
                        new ParameterSpec(TensorSelection.TENSOR_REGEX, "",
                                "Comma-separated regexes of tensor names to inspect."),
                        new ParameterSpec("threshold", "100", "Percentage of zeros (0 to 100) that fires.")),
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
        int inspected = 0;
        for (String tensor : selection.names(trial)) {
            if (!trial.tensor(tensor).steps().contains(step)) {
                continue;
            }
            NdArray value = trial.tensor(tensor).value(step);
            if (!value.dtype().isNumeric() || value.size() == 0) {
                continue;
            }
            inspected++;
            double zeros = ArrayMath.zeroPercent(value.toDoubleArray());
            if (zeros >= threshold) {
                findings.add(new Finding(tensor, zeros, threshold, step, String.format(Locale.ROOT,
                        "'%s' is %s zeros at step %d (threshold %s)", tensor, Numbers.percent(zeros), step,
                        Numbers.percent(threshold))));
            }
        }
        if (inspected == 0) {
            throw NotSaved.at(NAME, "selected numeric tensor", step);
        }
        return summarize(findings, inspected);
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
