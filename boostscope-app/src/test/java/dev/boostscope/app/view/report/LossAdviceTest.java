// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.app.view.model.MetricGroup;
import dev.boostscope.app.view.model.Series;
import dev.boostscope.app.view.model.StepValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

final class LossAdviceTest {

    private static Series curve(String name, IntToDoubleFunction value) {
        List<StepValue> points = new ArrayList<>();
        for (int step = 0; step < 10; step++) {
            points.add(new StepValue(step, value.applyAsDouble(step)));
        }
        return new Series(name, points);
    }

    private static MetricGroup group(IntToDoubleFunction train, IntToDoubleFunction validation) {
        return MetricGroup.groupAll(List.of(curve("train-rmse", train), curve("validation-rmse", validation))).get(0);
    }

    @Test
    void of_validationRisingAfterMinimum_warnsOfOverfitting() {
        MetricGroup group = group(step -> 1.0 / (step + 1), step -> Math.abs(step - 4) * 0.1 + 0.5);

        assertThat(LossAdvice.of(group)).hasValueSatisfying(advice -> assertThat(advice)
                .startsWith("validation-rmse was lowest at step 4 (0.5000)").contains("overfitting"));
    }

    @Test
    void of_stillFalling_suggestsMoreRounds() {
        MetricGroup group = group(step -> 2.0 - step * 0.1, step -> 2.1 - step * 0.1);

        assertThat(LossAdvice.of(group)).hasValueSatisfying(advice -> assertThat(advice).contains("more rounds"));
    }

    @Test
    void of_flat_saysConverged() {
        MetricGroup group = group(step -> 0.5, step -> 0.55);

        assertThat(LossAdvice.of(group)).contains("validation-rmse has levelled off: training has converged.");
    }

    @Test
    void of_auc_givesNoAdvice() {
        MetricGroup group = MetricGroup.groupAll(List.of(curve("validation-auc", step -> step))).get(0);

        assertThat(LossAdvice.of(group)).isEmpty();
    }
}
