// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import dev.boostscope.core.NdArray;
import dev.boostscope.trial.Tensor;
import dev.boostscope.trial.Trial;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * XGBoost's evaluation metrics as the hook saves them: scalar tensors named {@code <eval>-<metric>}, such as
 * {@code train-mlogloss} and {@code validation-mlogloss}, in the {@code metrics} collection (and {@code losses} for
 * smdebug's loss-like ones).
 *
 * <p>Thread-safe.
 */
final class Metrics {
    static final String LOSSES = "losses";
    static final String METRICS = "metrics";
    /** smdebug's {@code metrics} include regex, used when a trial has no collections file. */
    private static final Pattern METRIC_NAME = Pattern.compile("^[^/\\-]+-[^/]+$");
    /** Metrics where larger is better: never treated as losses. */
    private static final Set<String> HIGHER_IS_BETTER = Set.of("auc", "aucpr", "map", "ndcg", "pre");

    private Metrics() {
    }

    /**
     * Returns the loss tensors of a trial: the {@code losses} collection if it has any, otherwise the metrics whose
     * smaller values are better ({@code *-auc}, {@code *-map}, {@code *-ndcg}, {@code *-pre} are left out).
     */
    static List<String> lossTensors(Trial trial) {
        List<String> losses = trial.tensorNamesInCollection(LOSSES);
        if (!losses.isEmpty()) {
            return losses;
        }
        List<String> metrics = trial.tensorNamesInCollection(METRICS);
        if (metrics.isEmpty()) {
            metrics = trial.tensorNames().stream().filter(n -> METRIC_NAME.matcher(n).matches()).toList();
        }
        return metrics.stream().filter(Metrics::isLoss).toList();
    }

    static boolean isLoss(String tensorName) {
        Optional<String> metric = metricOf(tensorName);
        return metric.isPresent() && !HIGHER_IS_BETTER.contains(metric.get().split("@", 2)[0]);
    }

    /** Returns the metric part of {@code <eval>-<metric>}: {@code mlogloss} for {@code validation-mlogloss}. */
    static Optional<String> metricOf(String tensorName) {
        int dash = tensorName.indexOf('-');
        if (dash <= 0 || dash == tensorName.length() - 1 || tensorName.indexOf('/') >= 0) {
            return Optional.empty();
        }
        return Optional.of(tensorName.substring(dash + 1));
    }

    static boolean isTrain(String tensorName) {
        String eval = tensorName.substring(0, Math.max(0, tensorName.indexOf('-'))).toLowerCase(Locale.ROOT);
        return eval.equals("train") || eval.equals("training");
    }

    /**
     * Groups metric tensors into train/validation pairs by metric: every metric with a {@code train-} tensor and at
     * least one other evaluation set ({@code validation-}, {@code eval-}, {@code test-}, ...).
     */
    static List<MetricPair> pairs(List<String> tensorNames) {
        Map<String, String> train = new TreeMap<>();
        Map<String, List<String>> validation = new TreeMap<>();
        for (String name : tensorNames) {
            Optional<String> metric = metricOf(name);
            if (metric.isEmpty()) {
                continue;
            }
            if (isTrain(name)) {
                train.put(metric.get(), name);
            } else {
                validation.computeIfAbsent(metric.get(), m -> new ArrayList<>()).add(name);
            }
        }
        List<MetricPair> pairs = new ArrayList<>();
        train.forEach((metric, trainName) -> {
            List<String> others = validation.get(metric);
            if (others != null) {
                pairs.add(new MetricPair(metric, trainName, others));
            }
        });
        return List.copyOf(pairs);
    }

    /** Returns a tensor's value at a step if it was saved there and is a scalar; empty otherwise. */
    static OptionalDouble scalarAt(Trial trial, String tensorName, int step) {
        Tensor tensor = trial.tensor(tensorName);
        if (!tensor.steps().contains(step)) {
            return OptionalDouble.empty();
        }
        NdArray value = tensor.value(step);
        return value.size() == 1 && value.dtype().isNumeric() ? OptionalDouble.of(value.getDouble(0))
                : OptionalDouble.empty();
    }

    /**
     * One metric measured on the training set and on one or more validation sets.
     *
     * @param metric the metric, such as {@code mlogloss}
     * @param train the training tensor name
     * @param validation the validation tensor names
     */
    record MetricPair(String metric, String train, List<String> validation) {
        MetricPair {
            validation = List.copyOf(validation);
        }

        /** Returns the mean over the validation sets saved at a step, or empty if none was. */
        OptionalDouble validationMean(Trial trial, int step) {
            double sum = 0;
            int count = 0;
            for (String name : validation) {
                OptionalDouble value = scalarAt(trial, name, step);
                if (value.isPresent()) {
                    sum += value.getAsDouble();
                    count++;
                }
            }
            return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / count);
        }
    }
}
