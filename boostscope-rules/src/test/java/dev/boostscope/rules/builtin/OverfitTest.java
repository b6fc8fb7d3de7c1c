// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.core.RuleException;
import dev.boostscope.rules.Finding;
import dev.boostscope.rules.run.RuleReport;
import dev.boostscope.rules.testing.RuleTrials;
import dev.boostscope.testkit.FakeTrial;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class OverfitTest {
    private static final double[] TRAIN = {0.6, 0.4, 0.25, 0.15, 0.1};
    private static final double[] OVERFIT_VALIDATION = {0.62, 0.5, 0.45, 0.45, 0.47};

    @Test
    void invoke_validationPullsAway_firesAtFirstStepAboveRatio() {
        FakeTrial trial = RuleTrials.metrics("logloss", 3, TRAIN, OVERFIT_VALIDATION);

        RuleReport report = RuleTrials.run(trial, "Overfit", Map.of());

        RuleTrials.assertFinding(report.findings().get(0), new Finding("validation-logloss", 0.25, 0.1, 3,
                "validation-logloss 0.5 vs train-logloss 0.4 at step 3: (validation - train) / train = 0.25, above "
                        + "ratio_threshold 0.1 for 1 step(s)"));
    }

    @Test
    void invoke_patienceTwoAndStartStep_firesOnlyAfterEnoughSteps() {
        FakeTrial trial = RuleTrials.metrics("logloss", 3, TRAIN, OVERFIT_VALIDATION);

        RuleReport report = RuleTrials.run(trial, "Overfit", Map.of("patience", "2", "start_step", "6"));

        assertThat(report.findings().get(0).step()).isEqualTo(9);
        assertThat(report.findings().get(0).message()).endsWith("for 2 step(s)");
    }

    @Test
    void invoke_validationTracksTraining_staysSilent() {
        double[] validation = {0.63, 0.42, 0.26, 0.16, 0.105};
        FakeTrial trial = RuleTrials.metrics("logloss", 3, TRAIN, validation);

        RuleReport report = RuleTrials.run(trial, "Overfit", Map.of());

        assertThat(report.findings()).isEmpty();
        assertThat(report.evaluatedSteps()).containsExactly(0, 3, 6, 9, 12);
    }

    @Test
    void invoke_trainErrorZero_ratioIsInfiniteAndFires() {
        FakeTrial trial = RuleTrials.metrics("error", 1, new double[] {0.0}, new double[] {0.2});

        RuleReport report = RuleTrials.run(trial, "Overfit", Map.of("tensor_regex", "-error$"));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.value()).isInfinite();
            assertThat(f.tensor()).isEqualTo("validation-error");
        });
    }

    @Test
    void invoke_noValidationMetric_failsNamingTheRule() {
        FakeTrial trial = FakeTrial.create();
        trial.addScalars(0, Map.of("train-rmse", 1.0));

        assertThatThrownBy(() -> RuleTrials.run(trial, "Overfit", Map.of()))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("rule Overfit found no train/validation metric pair (such as train-rmse and "
                        + "validation-rmse) among [train-rmse]");
    }
}
