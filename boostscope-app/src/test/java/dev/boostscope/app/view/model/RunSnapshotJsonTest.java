// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boostscope.core.NdArray;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

final class RunSnapshotJsonTest {

    private static RunSnapshot snapshot() {
        double[] labels = {0, 1, 1, 0};
        NdArray predictions = NdArray.ofFloats(new float[] {0.2f, 0.7f, 0.4f, 0.1f});
        ConfusionMatrix matrix = ConfusionMatrix.compute(labels, predictions, ProblemType.BINARY);
        ClassificationView classification = ClassificationView.of(List.of(new ConfusionAtStep(4, matrix)),
                RocCurve.compute(labels, predictions).orElseThrow());
        TreeMap<Integer, Double> loss = new TreeMap<>(Map.of(0, 0.6, 4, 0.3));
        return new RunSnapshot("run <1>", List.of(0, 4), true, ProblemType.BINARY, Map.of("objective",
                "binary:logistic"), MetricGroup.groupAll(List.of(Series.of("train-logloss", loss))),
                Histogram.ofClasses(labels, 2), List.of(FeatureImportance.of("gain", Map.of("f0", loss))),
                ShapSummary.of(Map.of("f0", loss)), classification, RegressionErrors.empty(), List.of("trees"),
                new RunWorkers(List.of("worker_0", "worker_1"), "worker_1"));
    }

    @Test
    void jackson_writeThenRead_givesAnEqualSnapshot() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        RunSnapshot snapshot = snapshot();

        String json = mapper.writeValueAsString(snapshot);

        assertThat(mapper.readValue(json, RunSnapshot.class)).isEqualTo(snapshot);
        assertThat(json).contains("\"rowNormalized\":[[1.0,0.0],[0.5,0.5]]").contains("\"auc\":1.0");
    }

    @Test
    void jackson_liveStep_roundTrips() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        LiveStep live = new LiveStep("t", 3, false, List.of(new Series("train-rmse", List.of(new StepValue(3, 1)))),
                ConfusionMatrix.empty());

        assertThat(mapper.readValue(mapper.writeValueAsString(live), LiveStep.class)).isEqualTo(live);
    }
}
