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
 * Fires when a loss stops improving: the validation value has not dropped more than {@code delta} below its best for
 * {@code patience_validation} steps, or the training value has not for {@code patience_train} steps.
 *
 * <p>Not thread-safe: holds each loss's best value (see {@link Rule}).
 */
final class Overtraining implements Rule {
    static final String NAME = "Overtraining";

    private final MetricPairs pairs = MetricPairs.fixed(NAME);
    private final int patienceTrain;
    private final int patienceValidation;
    private final double delta;
    private final Map<String, Best> bests = new HashMap<>();

    private Overtraining(RuleParameters parameters) {
        this.patienceTrain = parameters.integer("patience_train", 1);
        this.patienceValidation = parameters.integer("patience_validation", 1);
        this.delta = parameters.number("delta", 0, Double.MAX_VALUE);
    }

    static RuleDefinition definition() {
        return new RuleDefinition(NAME,
                "Fires when the training or validation loss has not improved by delta within patience_train or "
                        + "patience_validation steps.",
                List.of(new ParameterSpec("patience_train", "5",
                                "Steps without a training-loss improvement before firing."),
                        new ParameterSpec("patience_validation", "10",
                                "Steps without a validation-loss improvement before firing."),
                        new ParameterSpec("delta", "0.01",
                                "Minimum drop below the best value that counts as an improvement (absolute).")),
                Overtraining::new);
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
        Trial trial = context.baseTrial();
        Finding first = null;
        for (Metrics.MetricPair pair : pairs.find(trial, step)) {
            Finding validation = track(pair.validation().get(0), pair.validationMean(trial, step), step,
                    patienceValidation, "patience_validation");
            Finding train = track(pair.train(), Metrics.scalarAt(trial, pair.train(), step), step, patienceTrain,
                    "patience_train");
            Finding finding = validation != null ? validation : train;
            first = first == null ? finding : first;
        }
        return first == null ? RuleResult.notFired() : RuleResult.fired(first);
    }

    private @Nullable Finding track(String tensor, OptionalDouble value, int step, int patience, String parameter) {
        if (value.isEmpty()) {
            return null;
        }
        Best best = bests.get(tensor);
        if (best == null || value.getAsDouble() < best.value() - delta) {
            bests.put(tensor, new Best(value.getAsDouble(), step));
            return null;
        }
        int stale = step - best.step();
        if (stale < patience) {
            return null;
        }
        return new Finding(tensor, stale, patience, step, String.format(Locale.ROOT,
                "'%s' has not improved by delta %s for %d steps (best %s at step %d, now %s at step %d), reaching "
                        + "%s %d", tensor, Numbers.format(delta), stale, Numbers.format(best.value()), best.step(),
                Numbers.format(value.getAsDouble()), step, parameter, patience));
    }

    /** The best value of one loss so far and the step it was reached. */
    private record Best(double value, int step) {
    }
}
