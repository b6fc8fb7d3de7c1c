// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

final class MetricGroupTest {

    private static Series series(String name) {
        TreeMap<Integer, Double> values = new TreeMap<>();
        values.put(0, 1.0);
        return Series.of(name, values);
    }

    @Test
    void groupAll_evalNames_pairsTrainWithValidationPerMetric() {
        List<MetricGroup> groups = MetricGroup.groupAll(List.of(series("validation-mlogloss"), series("train-merror"),
                series("train-mlogloss"), series("test-mlogloss"), series("validation-merror")));

        assertThat(groups).extracting(MetricGroup::metric).containsExactly("merror", "mlogloss");
        MetricGroup logloss = groups.get(1);
        assertThat(logloss.series()).extracting(Series::name)
                .containsExactly("train-mlogloss", "test-mlogloss", "validation-mlogloss");
        assertThat(logloss.train()).map(Series::name).contains("train-mlogloss");
        assertThat(logloss.validation()).extracting(Series::name).containsExactly("test-mlogloss",
                "validation-mlogloss");
    }

    @Test
    void groupAll_metricWithDashes_splitsAtFirstDash() {
        List<MetricGroup> groups = MetricGroup.groupAll(List.of(series("train-poisson-nloglik")));

        assertThat(groups.get(0).metric()).isEqualTo("poisson-nloglik");
    }

    @Test
    void lowerIsBetter_aucIsNotALoss() {
        assertThat(new MetricGroup("auc", List.of()).lowerIsBetter()).isFalse();
        assertThat(new MetricGroup("rmse", List.of()).lowerIsBetter()).isTrue();
    }

    @Test
    void parse_noDash_throws() {
        assertThatThrownBy(() -> MetricName.parse("predictions"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("metric name must look like '<eval>-<metric>': 'predictions'");
    }

    @Test
    void series_stepsNotAscending_throws() {
        assertThatThrownBy(() -> new Series("x", List.of(new StepValue(2, 0), new StepValue(1, 0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("points of series 'x' must have ascending steps: 2 then 1");
    }
}
