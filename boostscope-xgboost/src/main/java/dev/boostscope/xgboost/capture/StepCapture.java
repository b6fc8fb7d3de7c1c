// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.capture;

import static dev.boostscope.xgboost.capture.BuiltInCollection.AVERAGE_SHAP;
import static dev.boostscope.xgboost.capture.BuiltInCollection.FEATURE_IMPORTANCE;
import static dev.boostscope.xgboost.capture.BuiltInCollection.FULL_SHAP;
import static dev.boostscope.xgboost.capture.BuiltInCollection.HYPERPARAMETERS;
import static dev.boostscope.xgboost.capture.BuiltInCollection.LABELS;
import static dev.boostscope.xgboost.capture.BuiltInCollection.LOSSES;
import static dev.boostscope.xgboost.capture.BuiltInCollection.METRICS;
import static dev.boostscope.xgboost.capture.BuiltInCollection.PREDICTIONS;
import static dev.boostscope.xgboost.capture.BuiltInCollection.SHAP_SAMPLE;
import static dev.boostscope.xgboost.capture.BuiltInCollection.TREES;

import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import dev.boostscope.core.format.TensorRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.jspecify.annotations.Nullable;

/**
 * Captures a step on the training thread: decides which collections are due, computes only the tensors they need
 * (in smdebug's write order), and copies them into a {@link StepSnapshot}. A built-in collection's tensors are
 * computed when it is due, or when a collection selecting by regex ({@code default}, {@code all}, a custom one) is due;
 * SHAP only when a SHAP collection is included. A tensor is kept when one of its collections is due.
 *
 * <p>Not thread-safe: XGBoost4J's booster is not, so this runs on the training thread between rounds. Not API.
 */
public final class StepCapture implements AutoCloseable {
    private final CollectionIndex collections;
    private final CaptureSettings settings;
    private final @Nullable ValidationCapture validation;
    private final TreeCapture trees = new TreeCapture();
    private final @Nullable ShapCapture shap;
    private final OnceLog log = new OnceLog();
    private @Nullable List<String> features;
    private boolean shapSampleWritten;

    private StepCapture(CaptureSettings settings, DMatrix train, @Nullable DMatrix validation,
            long maxFullShapValues) {
        this.settings = settings;
        this.collections = new CollectionIndex(settings.collections());
        this.validation = validation == null ? null : new ValidationCapture(validation);
        boolean shapIncluded = collections.includes(AVERAGE_SHAP) || collections.includes(FULL_SHAP);
        this.shap = shapIncluded ? new ShapCapture(train, settings.shap(), maxFullShapValues) : null;
    }

    /**
     * Prepares capture for one training run; cheap (matrices for SHAP are made at the first SHAP step).
     *
     * @param settings what to capture
     * @param train the training matrix (SHAP rows come from it)
     * @param evalSets the named eval sets in order; predictions and labels use the one named {@code validation},
     *     else the last one that is not the training data
     * @return the capture; the caller closes it
     */
    public static StepCapture open(CaptureSettings settings, DMatrix train, Map<String, DMatrix> evalSets) {
        return open(settings, train, evalSets, ShapCapture.MAX_FULL_VALUES);
    }

    /** As {@link #open(CaptureSettings, DMatrix, Map)} with another full_shap limit (tests use a low one). */
    static StepCapture open(CaptureSettings settings, DMatrix train, Map<String, DMatrix> evalSets,
            long maxFullShapValues) {
        return new StepCapture(settings, train, pickValidation(train, evalSets), maxFullShapValues);
    }

    static @Nullable DMatrix pickValidation(DMatrix train, Map<String, DMatrix> evalSets) {
        if (evalSets.containsKey("validation")) {
            return evalSets.get("validation");
        }
        DMatrix picked = null;
        for (Map.Entry<String, DMatrix> entry : evalSets.entrySet()) {
            if (!entry.getKey().equals("train") && entry.getValue() != train) {
                picked = entry.getValue();
            }
        }
        return picked;
    }

    /**
     * Captures a step if any collection is due.
     *
     * @param step the step (the round just completed)
     * @param booster the booster after that round
     * @param metrics the round's evaluation results by {@code <eval>-<metric>}
     * @return the snapshot, or empty if nothing is due
     * @throws XGBoostError if XGBoost fails while computing a tensor
     */
    public Optional<StepSnapshot> capture(long step, Booster booster, Map<String, Double> metrics)
            throws XGBoostError {
        Set<String> due = collections.dueAt(step);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Map<String, NdArray> produced = new LinkedHashMap<>();
        Set<String> forced = new java.util.HashSet<>();
        produce(step, booster, metrics, due, produced, forced);
        double wallTime = secondsOf(settings.clock().instant());
        List<CapturedTensor> kept = new ArrayList<>();
        produced.forEach((name, value) -> {
            Set<String> members = collections.membersOf(name);
            boolean write = members.stream().anyMatch(due::contains) || forced.contains(name) && !members.isEmpty();
            if (write) {
                kept.add(new CapturedTensor(new TensorRecord(name, value, step, Mode.GLOBAL, step, wallTime),
                        members));
            }
        });
        return kept.isEmpty() ? Optional.empty() : Optional.of(new StepSnapshot(step, kept));
    }

    private void produce(long step, Booster booster, Map<String, Double> metrics, Set<String> due,
            Map<String, NdArray> out, Set<String> forced) throws XGBoostError {
        if (collections.needs(HYPERPARAMETERS, due)) {
            out.putAll(Hyperparameters.tensors(settings.hyperparameters()));
        }
        if (collections.needs(METRICS, due) || collections.needs(LOSSES, due)) {
            metrics.forEach((name, value) -> out.put(name, NdArray.ofDoubles(new double[] {value}, 1)));
        }
        produceValidation(booster, due, out);
        if (collections.needs(FEATURE_IMPORTANCE, due)) {
            out.putAll(trees.importance(booster, step));
        }
        if (collections.needs(TREES, due)) {
            out.putAll(trees.roundTrees(booster, step));
        }
        produceShap(booster, due, out, forced);
    }

    private void produceValidation(Booster booster, Set<String> due, Map<String, NdArray> out)
            throws XGBoostError {
        boolean predictions = collections.needs(PREDICTIONS, due);
        boolean labels = collections.needs(LABELS, due);
        if (validation == null) {
            if (collections.includes(PREDICTIONS) || collections.includes(LABELS)) {
                log.warnOnce("validation", "predictions and labels need a validation eval set (one named "
                        + "'validation', or any eval set that is not the training data); none was given");
            }
            return;
        }
        if (predictions) {
            out.put("predictions", validation.predictions(booster));
        }
        if (labels) {
            out.put("labels", validation.labels());
        }
    }

    private void produceShap(Booster booster, Set<String> due, Map<String, NdArray> out, Set<String> forced)
            throws XGBoostError {
        boolean average = collections.needs(AVERAGE_SHAP, due);
        boolean full = collections.needs(FULL_SHAP, due) && collections.includes(FULL_SHAP);
        if (shap == null || !average && !full) {
            return;
        }
        List<String> names = features(booster);
        Map<String, NdArray> values = shap.tensors(booster, names, full);
        if (full) {
            shap.fullSkipped().ifPresent(reason -> log.warnOnce("full_shap", reason));
        }
        out.putAll(values);
        if (!shapSampleWritten && collections.includes(SHAP_SAMPLE)) {
            Map<String, NdArray> sample = shap.sampleTensors(names);
            out.putAll(sample);
            forced.addAll(sample.keySet());
            shapSampleWritten = true;
        }
    }

    private List<String> features(Booster booster) throws XGBoostError {
        if (features == null) {
            features = FeatureNames.of(booster);
        }
        return features;
    }

    private static double secondsOf(Instant instant) {
        return instant.getEpochSecond() + instant.getNano() / 1e9;
    }

    /** Releases the matrices made for SHAP; the caller's matrices are never disposed. */
    @Override
    public void close() {
        if (shap != null) {
            shap.close();
        }
    }
}
