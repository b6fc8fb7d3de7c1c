// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.report;

import dev.boostscope.app.view.model.Binning;
import dev.boostscope.app.view.model.ClassificationView;
import dev.boostscope.app.view.model.ConfusionAtStep;
import dev.boostscope.app.view.model.ConfusionMatrix;
import dev.boostscope.app.view.model.FeatureImportance;
import dev.boostscope.app.view.model.Histogram;
import dev.boostscope.app.view.model.MetricGroup;
import dev.boostscope.app.view.model.ProblemType;
import dev.boostscope.app.view.model.RegressionErrors;
import dev.boostscope.app.view.model.RocCurve;
import dev.boostscope.app.view.model.RunSnapshot;
import dev.boostscope.app.view.model.RunWorkers;
import dev.boostscope.app.view.model.Series;
import dev.boostscope.app.view.model.ShapSummary;
import dev.boostscope.core.NdArray;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Hand-built snapshots for the report tests. */
final class Snapshots {
    static final RunWorkers ONE_WORKER = RunWorkers.of(List.of("worker_0"));
    static final List<Integer> STEPS = List.of(0, 2, 4);

    private Snapshots() {
    }

    static SortedMap<Integer, Double> falling(double start) {
        SortedMap<Integer, Double> values = new TreeMap<>();
        for (int step : STEPS) {
            values.put(step, start / (1 + step));
        }
        return values;
    }

    static List<MetricGroup> metrics(String metric) {
        return MetricGroup.groupAll(List.of(Series.of("train-" + metric, falling(1)),
                Series.of("validation-" + metric, falling(1.2))));
    }

    static List<FeatureImportance> importance() {
        return List.of(FeatureImportance.of("weight", Map.of("f0", falling(0.6), "f1", falling(0.4))),
                FeatureImportance.of("gain", Map.of("f0", falling(0.3), "f1", falling(0.7))));
    }

    /** A multiclass run whose name is also a hyperparameter's name and value, and a metric's name. */
    static RunSnapshot multiclass(String name) {
        double[] labels = {0, 1, 2, 2, 1, 0};
        List<ConfusionAtStep> frames = STEPS.stream().map(step -> new ConfusionAtStep(step, ConfusionMatrix.compute(
                labels, NdArray.ofFloats(new float[] {0, 1, 2, step > 0 ? 2 : 1, 1, step > 2 ? 0 : 2}),
                ProblemType.MULTICLASS))).toList();
        List<MetricGroup> metrics = new java.util.ArrayList<>(metrics("mlogloss"));
        metrics.addAll(metrics(name));
        return new RunSnapshot(name, STEPS, true, ProblemType.MULTICLASS, Map.of("objective", "multi:softmax",
                "num_class", "3", name, name), metrics, Histogram.ofClasses(labels, 3), importance(),
                ShapSummary.of(Map.of("f0", falling(0.2), "f1", falling(-0.5))), ClassificationView.of(frames,
                RocCurve.empty()), RegressionErrors.empty(), List.of(), ONE_WORKER);
    }

    static RunSnapshot binary() {
        double[] labels = {0, 1, 1, 0, 1};
        NdArray predictions = NdArray.ofFloats(new float[] {0.1f, 0.8f, 0.4f, 0.3f, 0.9f});
        ConfusionMatrix matrix = ConfusionMatrix.compute(labels, predictions, ProblemType.BINARY);
        return new RunSnapshot("binary-run", STEPS, false, ProblemType.BINARY, Map.of("objective",
                "binary:logistic"), metrics("logloss"), Histogram.ofClasses(labels, 2), importance(),
                ShapSummary.empty(), ClassificationView.of(List.of(new ConfusionAtStep(4, matrix)),
                RocCurve.compute(labels, predictions).orElseThrow()), RegressionErrors.empty(),
                List.of("average_shap"), ONE_WORKER);
    }

    static RunSnapshot regression() {
        double[] labels = {1, 2, 3, 4, 5, 6};
        double[] predictions = {1.2, 1.8, 3.5, 3.9, 5.4, 5.1};
        Binning binning = Binning.spanning(labels, 10);
        double[] errors = RegressionErrors.meanAbsoluteErrorByBin(labels, predictions, binning);
        List<Series> curves = new java.util.ArrayList<>();
        for (int bin = 0; bin < errors.length; bin++) {
            if (!Double.isNaN(errors[bin])) {
                curves.add(Series.of(binning.label(bin), new TreeMap<>(Map.of(4, errors[bin]))));
            }
        }
        RegressionErrors regression = new RegressionErrors(4, Histogram.ofValues(RegressionErrors.residuals(labels,
                predictions), 20), curves);
        return new RunSnapshot("regression-run", STEPS, true, ProblemType.REGRESSION, Map.of("objective",
                "reg:squarederror"), metrics("rmse"), Histogram.ofValues(labels, 10), importance(),
                ShapSummary.empty(), ClassificationView.empty(), regression, List.of("average_shap"),
                ONE_WORKER);
    }

    static RunSnapshot metricsOnly() {
        return new RunSnapshot("metrics-only", STEPS, true, ProblemType.UNKNOWN, Map.of(), metrics("rmse"),
                Histogram.empty(), List.of(), ShapSummary.empty(), ClassificationView.empty(),
                RegressionErrors.empty(), List.of("average_shap", "feature_importance", "hyperparameters", "labels",
                        "predictions"), ONE_WORKER);
    }
}
