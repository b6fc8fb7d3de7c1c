// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.core.NdArray;
import dev.boostscope.rules.Finding;
import dev.boostscope.rules.config.RuleFactory;
import dev.boostscope.rules.run.RuleReport;
import dev.boostscope.rules.testing.RuleTrials;
import dev.boostscope.testkit.FakeTrial;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class TensorVarianceTest {

    private static FakeTrial predictions(float... values) {
        FakeTrial trial = FakeTrial.create();
        trial.addStep(0, Map.of("predictions", NdArray.ofFloats(values))).finish();
        return trial;
    }

    @Test
    void invoke_spreadAboveMax_fires() {
        RuleReport report = RuleTrials.run(predictions(0, 4, 0, 4), "TensorVariance",
                Map.of("tensor_regex", "predictions", "max_threshold", "1"));

        assertThat(report.findings()).containsExactly(new Finding("predictions", 4, 1, 0,
                "variance of 'predictions' is 4 at step 0, above max_threshold 1"));
    }

    @Test
    void invoke_constantPredictions_firesBelowMin() {
        RuleReport report = RuleTrials.run(predictions(0.5f, 0.5f, 0.5f), "TensorVariance",
                Map.of("tensor_regex", "predictions", "min_threshold", "0.001"));

        assertThat(report.findings()).containsExactly(new Finding("predictions", 0, 0.001, 0,
                "variance of 'predictions' is 0 at step 0, below min_threshold 0.001"));
    }

    @Test
    void invoke_varianceWithinBounds_staysSilent() {
        RuleReport report = RuleTrials.run(predictions(0.2f, 0.8f, 0.4f), "TensorVariance",
                Map.of("tensor_regex", "predictions", "min_threshold", "0.001", "max_threshold", "1"));

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void create_noThreshold_namesBothParameters() {
        assertThatThrownBy(() -> RuleFactory.create("TensorVariance", Map.of("tensor_regex", ".*")))
                .hasMessage("rule TensorVariance needs parameter 'max_threshold' or 'min_threshold'");
    }
}
