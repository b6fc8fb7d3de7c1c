// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.core.NdArray;
import dev.boostscope.core.RuleException;
import dev.boostscope.rules.Finding;
import dev.boostscope.rules.run.RuleReport;
import dev.boostscope.rules.testing.RuleTrials;
import dev.boostscope.testkit.FakeTrial;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ConfusionTest {
    private static final float[] TEN_CLASSES = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};

    private static FakeTrial trial(float[] labels, float[] predictions) {
        FakeTrial trial = FakeTrial.create();
        trial.addStep(0, Map.of("labels", NdArray.ofFloats(labels), "predictions", NdArray.ofFloats(predictions)));
        trial.finish();
        return trial;
    }

    @Test
    void invoke_identityMatrix_staysSilent() {
        RuleReport report = RuleTrials.run(trial(TEN_CLASSES, TEN_CLASSES), "Confusion", Map.of());

        assertThat(report.findings()).isEmpty();
        assertThat(report.evaluatedSteps()).containsExactly(0);
    }

    @Test
    void invoke_oneErrorInTen_firesOnTheDiagonal() {
        float[] predictions = TEN_CLASSES.clone();
        predictions[3] = 4;

        RuleReport report = RuleTrials.run(trial(TEN_CLASSES, predictions), "Confusion", Map.of());

        assertThat(report.findings()).containsExactly(new Finding("predictions", 0, 0.9, 0,
                "class 3: 0 of its 1 samples predicted correctly (0) at step 0, below min_diag 0.9"));
    }

    @Test
    void invoke_predictedClassMostlyFromAnother_firesOffTheDiagonal() {
        float[] labels = new float[110];
        float[] predictions = new float[110];
        for (int row = 0; row < 110; row++) {
            labels[row] = row < 100 ? 0 : 1;
            predictions[row] = row < 90 ? 0 : 1;
        }

        RuleReport report = RuleTrials.run(trial(labels, predictions), "Confusion", Map.of());

        assertThat(report.findings()).containsExactly(new Finding("predictions", 0.5, 0.1, 0,
                "10 of the 20 predictions of class 1 were class 0 (0.5) at step 0, above max_off_diag 0.1"));
    }

    @Test
    void invoke_classBeyondCategoryNo_failsNamingIt() {
        assertThatThrownBy(() -> RuleTrials.run(trial(TEN_CLASSES, TEN_CLASSES), "Confusion",
                Map.of("category_no", "5")))
                .isInstanceOf(RuleException.class)
                .hasMessageEndingWith("class 5 in 'labels' or 'predictions' at step 0 is outside category_no 5");
    }
}
