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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Fires when, for {@code patience} consecutive saved steps from {@code start_step}, a metric's validation value
 * exceeds its training value by more than {@code ratio_threshold} of the training value:
 * {@code (validation - train) / train > ratio_threshold}. Several validation sets are averaged.
 *
 * <p>Not thread-safe: holds the patience counters (see {@link Rule}).
 */
final class Overfit implements Rule {
    static final String NAME = "Overfit";

    private final MetricPairs pairs;
    private final int startStep;
    private final int patience;
    private final double ratioThreshold;
    private final Map<String, Integer> exceeded = new HashMap<>();

    private Overfit(RuleParameters parameters) {
        this.pairs = MetricPairs.from(parameters);
        this.startStep = parameters.integer("start_step", 0);
        this.patience = parameters.integer("patience", 1);
        this.ratioThreshold = parameters.number("ratio_threshold", 0, Double.MAX_VALUE);
    }

    static RuleDefinition definition() {
        return new RuleDefinition(NAME,
                "Fires when the validation loss exceeds the training loss by more than ratio_threshold of it for "
                        + "patience consecutive steps.",
                List.of(new ParameterSpec(TensorSelection.TENSOR_REGEX, "",
                                "Comma-separated regexes of the train-* and validation-* metrics to pair; by default "
                                        + "the losses, or the metrics where lower is better."),
                        new ParameterSpec("start_step", "0", "The step from which to compare."),
                        new ParameterSpec("patience", "1",
                                "Consecutive saved steps the ratio must exceed ratio_threshold before firing."),
                        new ParameterSpec("ratio_threshold", "0.1",
                                "Maximum (validation - train) / train before the step counts as overfit.")),
                Overfit::new);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RuleRequirements requirements() {
        return pairs.requirements();
    }

    @Override
    public RuleResult evaluate(RuleContext context, int step) {
        if (step < startStep) {
            return RuleResult.notFired();
        }
        Trial trial = context.baseTrial();
        Finding first = null;
        for (Metrics.MetricPair pair : pairs.find(trial, step)) {
            Finding finding = evaluatePair(trial, pair, step);
            first = first == null ? finding : first;
        }
        return first == null ? RuleResult.notFired() : RuleResult.fired(first);
    }

    private @Nullable Finding evaluatePair(Trial trial, Metrics.MetricPair pair, int step) {
        OptionalDouble train = Metrics.scalarAt(trial, pair.train(), step);
        OptionalDouble validation = pair.validationMean(trial, step);
        if (train.isEmpty() || validation.isEmpty()) {
            return null;
        }
        double ratio = ratio(train.getAsDouble(), validation.getAsDouble());
        int count = ratio > ratioThreshold ? exceeded.getOrDefault(pair.metric(), 0) + 1 : 0;
        exceeded.put(pair.metric(), count);
        if (count < patience) {
            return null;
        }
        String validationName = String.join("+", pair.validation());
        return new Finding(pair.validation().get(0), ratio, ratioThreshold, step, String.format(Locale.ROOT,
                "%s %s vs %s %s at step %d: (validation - train) / train = %s, above ratio_threshold %s for %d "
                        + "step(s)", validationName, Numbers.format(validation.getAsDouble()), pair.train(),
                Numbers.format(train.getAsDouble()), step, Numbers.format(ratio), Numbers.format(ratioThreshold),
                count));
    }

    private static double ratio(double train, double validation) {
        if (train == 0) {
            return validation == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, validation);
        }
        return (validation - train) / Math.abs(train);
    }
}
