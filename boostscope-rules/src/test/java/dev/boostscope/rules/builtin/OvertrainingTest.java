// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.rules.Finding;
import dev.boostscope.rules.run.RuleReport;
import dev.boostscope.rules.testing.RuleTrials;
import dev.boostscope.testkit.FakeTrial;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class OvertrainingTest {
    private static final double[] TRAIN = {0.69, 0.6, 0.5, 0.42, 0.35, 0.3, 0.25, 0.2};

    @Test
    void invoke_validationPlateausThenRises_firesAfterPatienceValidation() {
        double[] validation = {0.69, 0.6, 0.45, 0.45, 0.451, 0.46, 0.47, 0.48};
        FakeTrial trial = RuleTrials.metrics("logloss", 3, TRAIN, validation);

        RuleReport report = RuleTrials.run(trial, "Overtraining", Map.of());

        assertThat(report.findings().get(0)).isEqualTo(new Finding("validation-logloss", 12, 10, 18,
                "'validation-logloss' has not improved by delta 0.01 for 12 steps (best 0.45 at step 6, now 0.47 at "
                        + "step 18), reaching patience_validation 10"));
    }

    @Test
    void invoke_trainingPlateaus_firesAfterPatienceTrain() {
        double[] train = {0.69, 0.5, 0.5, 0.5, 0.5};
        double[] validation = {0.7, 0.6, 0.5, 0.4, 0.3};
        FakeTrial trial = RuleTrials.metrics("rmse", 2, train, validation);

        RuleReport report = RuleTrials.run(trial, "Overtraining", Map.of("patience_train", "4"));

        Finding finding = report.findings().get(0);
        assertThat(finding.tensor()).isEqualTo("train-rmse");
        assertThat(finding.step()).isEqualTo(6);
        assertThat(finding.value()).isEqualTo(4);
        assertThat(finding.threshold()).isEqualTo(4);
    }

    @Test
    void invoke_bothKeepImproving_staysSilent() {
        double[] validation = {0.7, 0.62, 0.53, 0.46, 0.4, 0.36, 0.32, 0.29};
        FakeTrial trial = RuleTrials.metrics("logloss", 3, TRAIN, validation);

        RuleReport report = RuleTrials.run(trial, "Overtraining", Map.of());

        assertThat(report.findings()).isEmpty();
    }
}
