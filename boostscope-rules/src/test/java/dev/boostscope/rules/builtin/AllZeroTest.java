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

final class AllZeroTest {

    @Test
    void invoke_predictionsAllZero_fires() {
        FakeTrial trial = FakeTrial.create();
        trial.addCollection("predictions", "predictions");
        trial.addStep(0, Map.of("predictions", NdArray.ofFloats(new float[] {0.3f, 0.7f})));
        trial.addStep(3, Map.of("predictions", NdArray.ofFloats(new float[4])));
        trial.finish();

        RuleReport report = RuleTrials.run(trial, "AllZero", Map.of("collection_names", "predictions"));

        assertThat(report.findings()).containsExactly(new Finding("predictions", 100, 100, 3,
                "'predictions' is 100% zeros at step 3 (threshold 100%)"));
    }

    @Test
    void invoke_partlyZeroBelowThreshold_staysSilent() {
        FakeTrial trial = FakeTrial.create();
        trial.addStep(0, Map.of("average_shap/f0", NdArray.ofFloats(new float[] {0, 0, 0, 1}))).finish();

        assertThat(RuleTrials.run(trial, "AllZero", Map.of("tensor_regex", "shap")).findings()).isEmpty();
        assertThat(RuleTrials.run(trial, "AllZero", Map.of("tensor_regex", "shap", "threshold", "75")).findings())
                .extracting(Finding::value).containsExactly(75.0);
    }

    @Test
    void create_noSelector_namesBothParameters() {
        assertThatThrownBy(() -> RuleFactory.create("AllZero", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule AllZero needs parameter 'collection_names' or 'tensor_regex'");
    }
}
