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
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * Fires when the variance of a selected tensor's values ({@code numpy.var}) at a step is above {@code max_threshold}
 * or below {@code min_threshold}.
 *
 * <p>Immutable.
 */
final class TensorVariance implements Rule {
    static final String NAME = "TensorVariance";

    private final TensorSelection selection;
    private final OptionalDouble maxThreshold;
    private final OptionalDouble minThreshold;

    private TensorVariance(RuleParameters parameters) {
        this.selection = TensorSelection.required(parameters);
        this.maxThreshold = parameters.optionalNumber("max_threshold");
        this.minThreshold = parameters.optionalNumber("min_threshold");
        if (maxThreshold.isEmpty() && minThreshold.isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "rule %s needs parameter 'max_threshold' or 'min_threshold'", NAME));
        }
    }

    static RuleDefinition definition() {
        return new RuleDefinition(NAME,
                "Fires when a tensor's variance is above max_threshold or below min_threshold.",
                Stream.concat(TensorSelection.requiredParameters().stream(), Stream.of(
                        new ParameterSpec("max_threshold", "", "Largest accepted variance (this or min_threshold "
                                + "is required)."),
                        new ParameterSpec("min_threshold", "", "Smallest accepted variance."))).toList(),
                TensorVariance::new);
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
        for (Map.Entry<String, double[]> entry : selection.numericValuesAt(trial, step, NAME).entrySet()) {
            String tensor = entry.getKey();
            double variance = ArrayMath.variance(entry.getValue());
            if (maxThreshold.isPresent() && variance > maxThreshold.getAsDouble()) {
                return fired(tensor, variance, maxThreshold.getAsDouble(), step, "above max_threshold");
            }
            if (minThreshold.isPresent() && variance < minThreshold.getAsDouble()) {
                return fired(tensor, variance, minThreshold.getAsDouble(), step, "below min_threshold");
            }
        }
        return RuleResult.notFired();
    }

    private static RuleResult fired(String tensor, double variance, double threshold, int step, String where) {
        return RuleResult.fired(new Finding(tensor, variance, threshold, step, String.format(Locale.ROOT,
                "variance of '%s' is %s at step %d, %s %s", tensor, Numbers.format(variance), step, where,
                Numbers.format(threshold))));
    }
}
