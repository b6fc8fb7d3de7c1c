// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.rules.Finding;
import dev.boostscope.rules.run.RuleReport;
import dev.boostscope.rules.testing.RuleTrials;
import dev.boostscope.testkit.FakeTrial;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class UnchangedTensorTest {

    @Test
    void invoke_metricStuckForThreeSaves_fires() {
        double[] train = {0.5, 0.4, 0.4, 0.4 + 1e-9, 0.3};
        FakeTrial trial = RuleTrials.metrics("rmse", 3, train, train);

        RuleReport report = RuleTrials.run(trial, "UnchangedTensor", Map.of("tensor_regex", "^train-"));

        RuleTrials.assertFinding(report.findings().get(0), new Finding("train-rmse", 1e-9, 1e-8, 9,
                "'train-rmse' unchanged over steps [3, 6, 9] (largest difference 1E-9; rtol 0.00001, atol 1E-8)"));
    }

    @Test
    void invoke_metricKeepsMoving_staysSilent() {
        double[] train = {0.5, 0.45, 0.41, 0.38, 0.36};
        FakeTrial trial = RuleTrials.metrics("rmse", 3, train, train);

        RuleReport report = RuleTrials.run(trial, "UnchangedTensor", Map.of("collection_names", "metrics"));

        assertThat(report.findings()).isEmpty();
        assertThat(report.evaluatedSteps()).containsExactly(0, 3, 6, 9, 12);
    }
}
