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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Fires when no new step has arrived for {@code threshold} seconds, measured on the context's clock from the first
 * time the rule is consulted. Only the live runner consults it between steps ({@link #checkIdle}); offline evaluation
 * over saved steps never fires it. {@code stop_training_on_fire} adds a StopTraining action to the rule's
 * configuration; {@code training_job_name_prefix} is accepted and ignored (the runner knows its job).
 *
 * <p>Not thread-safe: holds the time of the last step (see {@link Rule}).
 */
final class StalledTrainingRule implements Rule {
    static final String NAME = "StalledTrainingRule";
    /** The parameter that asks for a StopTraining action. */
    static final String STOP_TRAINING_ON_FIRE = "stop_training_on_fire";

    private final Duration threshold;
    private @Nullable Instant lastProgress;
    private int lastStep = -1;

    private StalledTrainingRule(RuleParameters parameters) {
        this.threshold = Duration.ofSeconds(parameters.integer("threshold", 1));
        parameters.flag(STOP_TRAINING_ON_FIRE);
    }

    static RuleDefinition definition() {
        return new RuleDefinition(NAME,
                "Fires when no new step arrives for threshold seconds while training runs (live only).",
                List.of(new ParameterSpec("threshold", "1800", "Seconds without a new step before firing."),
                        new ParameterSpec(STOP_TRAINING_ON_FIRE, "False",
                                "Also stop the training when the rule fires."),
                        new ParameterSpec("training_job_name_prefix", "",
                                "Accepted for compatibility with SageMaker; not used.")),
                StalledTrainingRule::new);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RuleRequirements requirements() {
        return RuleRequirements.none();
    }

    @Override
    public RuleResult evaluate(RuleContext context, int step) {
        RuleResult result = check(context.clock().instant());
        lastProgress = context.clock().instant();
        lastStep = step;
        return result;
    }

    @Override
    public RuleResult checkIdle(RuleContext context) {
        return check(context.clock().instant());
    }

    private RuleResult check(Instant now) {
        if (lastProgress == null) {
            lastProgress = now;
            return RuleResult.notFired();
        }
        Duration idle = Duration.between(lastProgress, now);
        if (idle.compareTo(threshold) < 0) {
            return RuleResult.notFired();
        }
        double seconds = idle.toMillis() / 1000.0;
        String since = lastStep < 0 ? "since the rule started" : "since step " + lastStep;
        return RuleResult.fired(new Finding("", seconds, threshold.toSeconds(), lastStep, String.format(Locale.ROOT,
                "no new step for %s s %s (threshold %d s)", Numbers.format(seconds), since, threshold.toSeconds())));
    }
}
