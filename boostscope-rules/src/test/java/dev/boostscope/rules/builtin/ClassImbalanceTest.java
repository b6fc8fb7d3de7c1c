// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.NdArray;
import dev.boostscope.rules.Finding;
import dev.boostscope.rules.run.RuleReport;
import dev.boostscope.rules.testing.RuleTrials;
import dev.boostscope.testkit.FakeTrial;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ClassImbalanceTest {

    @Test
    void invoke_oneClassOutnumbersTheOther_firesOnImbalance() {
        float[] labels = new float[100];
        for (int i = 95; i < 100; i++) {
            labels[i] = 1;
        }
        FakeTrial trial = FakeTrial.create();
        trial.addStep(0, Map.of("labels", NdArray.ofFloats(labels), "predictions", NdArray.ofFloats(labels)));
        trial.finish();

        RuleReport report = RuleTrials.run(trial, "ClassImbalance", Map.of("samples", "100"));

        assertThat(report.findings()).containsExactly(new Finding("labels", 19, 10, 0,
                "class 0 has 95 samples and class 1 has 5 in steps 0 to 0: ratio 19, above threshold_imbalance 10"));
    }

    @Test
    void invoke_softprobPredictsOneClass_firesOnMisprediction() {
        float[] labels = new float[60];
        float[] probabilities = new float[60 * 3];
        for (int row = 0; row < 60; row++) {
            labels[row] = row % 3;
            probabilities[row * 3] = 0.8f;
            probabilities[row * 3 + 1] = 0.1f;
            probabilities[row * 3 + 2] = 0.1f;
        }
        FakeTrial trial = FakeTrial.create();
        Map<String, NdArray> step = Map.of("labels", NdArray.ofFloats(labels),
                "predictions", NdArray.ofFloats(probabilities, 60, 3));
        trial.addStep(0, step).addStep(3, step).finish();

        RuleReport report = RuleTrials.run(trial, "ClassImbalance", Map.of("samples", "100"));

        assertThat(report.findings()).containsExactly(new Finding("predictions", 1, 0.7, 3,
                "class 1: 40 of its 40 samples mispredicted (1) in steps 0 to 3, above threshold_misprediction 0.7"));
    }

    @Test
    void invoke_balancedAccurateBinaryProbabilities_staysSilent() {
        float[] labels = new float[250];
        float[] probabilities = new float[250];
        for (int row = 0; row < 250; row++) {
            labels[row] = row % 2;
            probabilities[row] = row % 2 == 1 ? 0.9f : 0.2f;
        }
        FakeTrial trial = FakeTrial.create();
        for (int step = 0; step < 25; step += 3) {
            trial.addStep(step, Map.of("labels", NdArray.ofFloats(labels),
                    "predictions", NdArray.ofFloats(probabilities)));
        }
        trial.finish();

        RuleReport report = RuleTrials.run(trial, "ClassImbalance", Map.of());

        assertThat(report.findings()).isEmpty();
        assertThat(report.evaluatedSteps()).hasSize(9);
    }
}
