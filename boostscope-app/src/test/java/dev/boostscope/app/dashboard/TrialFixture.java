// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import dev.boostscope.core.format.CollectionEntry;
import dev.boostscope.core.format.CollectionsFile;
import dev.boostscope.core.format.TensorRecord;
import dev.boostscope.core.format.TrialWriter;
import dev.boostscope.core.storage.LocalStorage;
import dev.boostscope.core.storage.Storage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes a small three-class trial as the hook would, one step at a time: metrics, labels, softprob predictions,
 * feature importance and average SHAP (unless it has no features), and the objective at step 0. Predictions get
 * better with the steps, so each step's confusion matrix differs. A metric or feature name may carry a markup payload,
 * to check that pages show it as text.
 *
 * <p>Not thread-safe: one writer thread.
 */
final class TrialFixture implements AutoCloseable {
    static final int CLASSES = 3;
    static final int ROWS = 12;
    static final List<String> FEATURES = List.of("f0", "f1", "f2", "f3");
    /** A metric name that would run script if a page parsed it as markup. */
    static final String PAYLOAD = "train-<img src=x onerror=\"window.__pwned=1\">";

    private final Storage storage;
    private final TrialWriter writer;
    private final List<String> extraMetrics;
    private final List<String> features;
    private final int rows;
    private final int classes;
    private final int rank;
    private final int workers;

    /** How a fixture's trial is shaped: validation rows, classes, this writer's rank and the number of workers. */
    private record Shape(int rows, int classes, int rank, int workers) {
    }

    private TrialFixture(Storage storage, List<String> extraMetrics, List<String> features, Shape shape) {
        this.storage = storage;
        this.writer = TrialWriter.open(storage, "worker_" + shape.rank());
        this.extraMetrics = extraMetrics;
        this.features = List.copyOf(features);
        this.rows = shape.rows();
        this.classes = shape.classes();
        this.rank = shape.rank();
        this.workers = shape.workers();
    }

    static TrialFixture create(Path folder) {
        return create(LocalStorage.open(folder), List.of());
    }

    static TrialFixture create(Storage storage, List<String> extraMetrics) {
        return create(storage, extraMetrics, ROWS, CLASSES);
    }

    /** Returns a fixture with more validation rows and classes, such as the notebook's 10 classes. */
    static TrialFixture create(Storage storage, List<String> extraMetrics, int rows, int classes) {
        return start(new TrialFixture(storage, extraMetrics, FEATURES, new Shape(rows, classes, 0, 1)));
    }

    /** Returns a fixture whose feature importance and SHAP tensors are named after the given features. */
    static TrialFixture withFeatures(Path folder, List<String> extraMetrics, List<String> features) {
        return start(new TrialFixture(LocalStorage.open(folder), extraMetrics, features, new Shape(ROWS, CLASSES, 0,
                1)));
    }

    /**
     * Returns a fixture that saves only metrics, labels and predictions, as the notebook demo does: no feature
     * importance and no SHAP, and no such collection in its collections file.
     */
    static TrialFixture withoutImportanceOrShap(Path folder) {
        return withFeatures(folder, List.of(), List.of());
    }

    private static TrialFixture start(TrialFixture fixture) {
        fixture.writer.writeCollections(fixture.collections());
        return fixture;
    }

    /**
     * Returns one fixture per worker of a multi-worker trial in a folder. Worker r's losses are (r + 1) times
     * worker_0's, worker_1 and above predict every step as badly as worker_0's first step, and their gain importance
     * ranks the features in reverse order.
     */
    static List<TrialFixture> createWorkers(Path folder, int count) {
        List<TrialFixture> fixtures = new ArrayList<>();
        for (int rank = 0; rank < count; rank++) {
            fixtures.add(start(new TrialFixture(LocalStorage.open(folder), List.of(), FEATURES,
                    new Shape(ROWS, CLASSES, rank, count))));
        }
        return fixtures;
    }

    /** Writes a step and returns when its index is published (the step is then visible), in epoch millis. */
    long writeStep(int step) {
        List<TensorRecord> records = new ArrayList<>();
        if (step == 0) {
            records.add(record("hyperparameters/objective",
                    NdArray.ofStrings(new String[] {"multi:softprob"}, 1), step));
        }
        for (Map.Entry<String, Double> metric : metrics(step).entrySet()) {
            records.add(record(metric.getKey(), NdArray.scalar(metric.getValue()), step));
        }
        records.add(record("labels", NdArray.ofFloats(labels(), rows), step));
        records.add(record("predictions", NdArray.ofFloats(predictions(step), rows, classes), step));
        for (int f = 0; f < features.size(); f++) {
            int ranked = rank == 0 ? f : features.size() - 1 - f;
            records.add(record("feature_importance/gain/" + features.get(f), NdArray.scalar(gain(ranked, step)),
                    step));
            records.add(record("feature_importance/weight/" + features.get(f), NdArray.scalar(f + 1.0), step));
            records.add(record("average_shap/" + features.get(f), NdArray.scalar((f + 1) * 0.125), step));
        }
        writer.writeStep(records);
        return System.currentTimeMillis();
    }

    void end() {
        writer.writeEndMarker();
    }

    @Override
    public void close() {
        storage.close();
    }

    /** Returns the metric values at a step: exact binary fractions, so that JSON shows them exactly. */
    Map<String, Double> metrics(int step) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("train-mlogloss", (rank + 1) * 1.0 / (1 << step));
        metrics.put("validation-mlogloss", (rank + 1) * 1.5 / (1 << step));
        for (String name : extraMetrics) {
            metrics.put(name, 0.5);
        }
        return metrics;
    }

    private float[] labels() {
        float[] labels = new float[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = i % classes;
        }
        return labels;
    }

    /**
     * Returns the predicted class of a row: wrong for the first quarter of each class's rows at step 0, for fewer
     * as steps go on, for none from the third step.
     */
    private int predicted(int row, int step) {
        int label = row % classes;
        int perClass = rows / classes;
        boolean wrong = row / classes < Math.max(0, (3 - step) * perClass / 4);
        return wrong ? (label + 1) % classes : label;
    }

    private float[] predictions(int step) {
        float[] probabilities = new float[rows * classes];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < classes; k++) {
                probabilities[i * classes + k] = k == predicted(i, rank == 0 ? step : 0) ? 0.75f
                        : 0.25f / (classes - 1);
            }
        }
        return probabilities;
    }

    private double gain(int feature, int step) {
        return (features.size() - feature) * 0.25 + step * 0.125;
    }

    private static TensorRecord record(String name, NdArray value, int step) {
        return new TensorRecord(name, value, step, Mode.GLOBAL, step, step);
    }

    private CollectionsFile collections() {
        Map<String, CollectionEntry> entries = new LinkedHashMap<>();
        entries.put("metrics", entry("metrics", "^[a-zA-z]+-[a-zA-z0-9]+$"));
        entries.put("labels", entry("labels", "^labels$"));
        entries.put("predictions", entry("predictions", "^predictions$"));
        if (!features.isEmpty()) {
            entries.put("feature_importance", entry("feature_importance", "^feature_importance/.*"));
            entries.put("average_shap", entry("average_shap", "^average_shap/.*[^/bias]$"));
        }
        entries.put("hyperparameters", entry("hyperparameters", "^hyperparameters/.*$"));
        return new CollectionsFile(entries, workers, CollectionsFile.CURRENT_VERSION);
    }

    private static CollectionEntry entry(String name, String regex) {
        return new CollectionEntry(name, List.of(regex), new TreeSet<>(), Map.of(), false);
    }
}
