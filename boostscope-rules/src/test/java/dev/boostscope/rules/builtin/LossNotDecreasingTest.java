// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.core.RuleException;
import dev.boostscope.rules.Finding;
import dev.boostscope.rules.Rule;
import dev.boostscope.rules.RuleContext;
import dev.boostscope.rules.config.RuleFactory;
import dev.boostscope.rules.run.RuleInvoker;
import dev.boostscope.rules.run.RuleReport;
import dev.boostscope.rules.testing.RuleTrials;
import dev.boostscope.testkit.FakeTrial;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class LossNotDecreasingTest {

    /** smdebug's 2019 {@code dump_data}: two tensors loss_0 and loss_1 holding each value, saved every 4 steps. */
    private static FakeTrial dumpData(double... values) {
        FakeTrial trial = FakeTrial.create();
        trial.addCollection("losses", "loss_0", "loss_1");
        trial.addCollection("default", "loss_0", "loss_1");
        for (int i = 0; i < values.length; i++) {
            trial.addScalars(4 * i, Map.of("loss_0", values[i], "loss_1", values[i]));
        }
        trial.finish();
        return trial;
    }

    @ParameterizedTest
    @ValueSource(strings = {"tensor_regex=loss, losses", "collection_names=default", ""})
    void invoke_2019TestDefault_firesAtStep12AndNotWithin13To17(String parameter) {
        FakeTrial trial = dumpData(0.3, 0.33, 0.31, 0.30, 0.28);
        Rule rule = RuleFactory.create("LossNotDecreasing", parse(parameter));

        RuleReport first = RuleInvoker.invoke(rule, RuleContext.of(trial), 0, 17);
        RuleReport second = RuleInvoker.invoke(rule, RuleContext.of(trial), 13, 17);

        assertThat(first.findings()).extracting(Finding::step).containsExactly(12);
        assertThat(first.findings().get(0)).isEqualTo(new Finding("loss_0", 0, 0.1, 12,
                "loss 'loss_0' decreased by 0% from step 0 to step 12 (0.3 -> 0.3), less than diff_percent 0.1%"));
        assertThat(second.findings()).isEmpty();
    }

    @Test
    void invoke_2019TestMinDiff_firesFirstAtStep24() {
        FakeTrial trial = dumpData(0.3, 0.33, 0.31, 0.30, 0.28, 0.2, 0.42);
        // the 2019 rule's diff_percent=20 tolerated a rise of 20 %: today's increase_threshold_percent
        Rule rule = RuleFactory.create("LossNotDecreasing",
                Map.of("diff_percent", "0", "increase_threshold_percent", "20"));

        RuleReport report = RuleInvoker.invoke(rule, RuleContext.of(trial), 0, 25);

        assertThat(report.evaluatedSteps()).containsExactly(0, 4, 8, 12, 16, 20, 24);
        Finding finding = report.findings().get(0);
        assertThat(finding.step()).isEqualTo(24);
        assertThat(finding.tensor()).isEqualTo("loss_0");
        assertThat(finding.value()).isCloseTo(40, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(finding.threshold()).isEqualTo(20);
        assertThat(finding.message()).isEqualTo("loss 'loss_0' rose to 0.42 at step 24, 40% above its lowest "
                + "compared value 0.3, more than increase_threshold_percent 20%");
    }

    @Test
    void invoke_2019MinDiffWithTodaysDiffPercent_firesAtFirstEvaluation() {
        FakeTrial trial = dumpData(0.3, 0.33, 0.31, 0.30, 0.28, 0.2, 0.42);

        RuleReport report = RuleTrials.run(trial, "LossNotDecreasing", Map.of("diff_percent", "20"));

        assertThat(report.findings()).extracting(Finding::step).startsWith(12);
    }

    @Test
    void invoke_xgboostMetricsDecreasing_staysSilentAndIgnoresAuc() {
        FakeTrial trial = FakeTrial.create();
        for (int i = 0; i < 9; i++) {
            trial.addScalars(3 * i, Map.of("train-logloss", 0.7 * Math.pow(0.8, i),
                    "validation-logloss", 0.72 * Math.pow(0.85, i), "validation-auc", 0.5 + 0.01 * i));
        }
        trial.finish();

        RuleReport report = RuleTrials.run(trial, "LossNotDecreasing", Map.of());

        assertThat(report.findings()).isEmpty();
        assertThat(report.evaluatedSteps()).hasSize(9);
    }

    @Test
    void invoke_xgboostValidationLossPlateaus_firesOnTheFlatMetric() {
        double[] train = {0.69, 0.5, 0.4, 0.33, 0.28, 0.24, 0.21, 0.19, 0.17};
        double[] validation = {0.69, 0.55, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
        FakeTrial trial = RuleTrials.metrics("logloss", 3, train, validation);

        RuleReport report = RuleTrials.run(trial, "LossNotDecreasing", Map.of());

        assertThat(report.findings()).singleElement().isEqualTo(new Finding("validation-logloss", 0, 0.1, 24,
                "loss 'validation-logloss' decreased by 0% from step 12 to step 24 (0.5 -> 0.5), less than "
                        + "diff_percent 0.1%"));
    }

    @Test
    void invoke_noLossTensor_throwsRuleExceptionNamingTheRule() {
        FakeTrial trial = FakeTrial.create();
        trial.addScalars(0, Map.of("feature_importance/weight/f0", 1.0));

        assertThatThrownBy(() -> RuleTrials.run(trial, "LossNotDecreasing", Map.of()))
                .isInstanceOf(RuleException.class)
                .hasMessage("rule LossNotDecreasing failed at step 0 of memory:/fake-trial: rule LossNotDecreasing "
                        + "found no loss tensor in memory:/fake-trial at step 0 (set collection_names or "
                        + "tensor_regex)");
    }

    @Test
    void create_badParameters_namesParameterAndValue() {
        assertThatThrownBy(() -> RuleFactory.create("LossNotDecreasing", Map.of("num_steps", "ten")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter 'num_steps' of rule LossNotDecreasing must be an integer of at least 1: 'ten'");
        assertThatThrownBy(() -> RuleFactory.create("LossNotDecreasing", Map.of("mode", "EVAL")))
                .hasMessage("parameter 'mode' of rule LossNotDecreasing must be GLOBAL (XGBoost saves every tensor "
                        + "in GLOBAL mode): 'EVAL'");
        assertThatThrownBy(() -> RuleFactory.create("LossNotDecreasing", Map.of("diff_percent", "120")))
                .hasMessage("parameter 'diff_percent' of rule LossNotDecreasing must be a number from 0 to 100: "
                        + "'120'");
        assertThatThrownBy(() -> RuleFactory.create("LossNotDecreasing", Map.of("tensor_regex", "(")))
                .hasMessageStartingWith("parameter 'tensor_regex' of rule LossNotDecreasing must be a regular "
                        + "expression");
    }

    private static Map<String, String> parse(String parameter) {
        Map<String, String> map = new TreeMap<>();
        if (!parameter.isEmpty()) {
            String[] parts = parameter.split("=", 2);
            map.put(parts[0], parts[1]);
        }
        return map;
    }
}
