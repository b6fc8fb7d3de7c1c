// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.examples;

import dev.boostscope.rules.Finding;
import dev.boostscope.rules.Rule;
import dev.boostscope.rules.RuleContext;
import dev.boostscope.rules.RuleParameters;
import dev.boostscope.rules.RuleRequirements;
import dev.boostscope.rules.RuleResult;
import dev.boostscope.trial.Tensor;
import dev.boostscope.trial.Trial;
import java.util.List;
import java.util.Locale;

/**
 * An example user rule: fires when a scalar metric rises above a threshold, such as {@code validation-rmse > 0.5}.
 * Package it in a jar and run it with
 * {@code boostscope rules run --trial DIR --jar my-rules.jar --class dev.boostscope.examples.MetricAboveThresholdRule
 * --param metric=validation-rmse --param threshold=0.5}, or name it in a job's rule configuration with
 * {@code rule_to_invoke} and {@code source_jar}.
 *
 * <p>Parameters (strings, as SageMaker passes them): {@code metric} (default {@code validation-rmse}) and
 * {@code threshold} (required).
 *
 * <p>Not thread-safe; the runner never calls a rule concurrently.
 */
public final class MetricAboveThresholdRule implements Rule {
    private final String metric;
    private final double threshold;

    /**
     * Creates the rule from its parameters; the constructor a user rule needs.
     *
     * @param parameters the rule parameters
     * @throws IllegalArgumentException if {@code threshold} is missing or not a number
     */
    public MetricAboveThresholdRule(RuleParameters parameters) {
        this.metric = parameters.text("metric").orElse("validation-rmse");
        this.threshold = parameters.optionalNumber("threshold")
                .orElseThrow(() -> parameters.invalid("threshold", "a number"));
    }

    @Override
    public RuleRequirements requirements() {
        return RuleRequirements.of(List.of("metrics"), List.of("^" + metric + "$"));
    }

    @Override
    public RuleResult evaluate(RuleContext context, int step) {
        Trial trial = context.baseTrial();
        if (!trial.hasTensor(metric)) {
            return RuleResult.notFired();
        }
        Tensor tensor = trial.tensor(metric);
        if (!tensor.steps().contains(step)) {
            return RuleResult.notFired();
        }
        double value = tensor.value(step).scalarValue();
        if (value <= threshold) {
            return RuleResult.notFired();
        }
        return RuleResult.fired(new Finding(metric, value, threshold, step, String.format(Locale.ROOT,
                "%s is %s at step %d, above %s", metric, value, step, threshold)));
    }
}
