// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.extract;

import dev.boostscope.app.view.model.ClassificationView;
import dev.boostscope.app.view.model.ConfusionAtStep;
import dev.boostscope.app.view.model.ConfusionMatrix;
import dev.boostscope.app.view.model.FeatureImportance;
import dev.boostscope.app.view.model.Histogram;
import dev.boostscope.app.view.model.LiveStep;
import dev.boostscope.app.view.model.MetricGroup;
import dev.boostscope.app.view.model.MetricName;
import dev.boostscope.app.view.model.ProblemType;
import dev.boostscope.app.view.model.RegressionErrors;
import dev.boostscope.app.view.model.RunSnapshot;
import dev.boostscope.app.view.model.RunWorkers;
import dev.boostscope.app.view.model.Series;
import dev.boostscope.app.view.model.ShapSummary;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Builds view models from a trial, through its public interface only: what is there when called (a running trial
 * gives what has landed so far). Reads block on storage.
 *
 * <p>Stateless; thread-safe as the trial is.
 */
public final class RunSnapshots {
    /** The collections the views read, as smdebug names them. */
    public static final List<String> COLLECTIONS = List.of("metrics", "labels", "predictions", "feature_importance",
            "average_shap", "hyperparameters");

    private static final String METRIC_REGEX = "^[^/-][^/]*-[^/]+$";
    private static final String IMPORTANCE_PREFIX = "feature_importance/";
    private static final String SHAP_PREFIX = "average_shap/";

    private RunSnapshots() {
    }

    /**
     * Reads everything the plots and the report show.
     *
     * @param trial the trial
     * @return the snapshot
     * @throws dev.boostscope.core.FormatException if labels and predictions do not fit together
     * @throws dev.boostscope.core.StorageException if storage fails
     */
    public static RunSnapshot from(Trial trial) {
        return from(trial, null);
    }

    /**
     * Reads everything the plots and the report show, from one worker of a multi-worker trial.
     *
     * @param opened the trial
     * @param worker the worker whose values to read, or null for the first worker (by name) at each step
     * @return the snapshot
     * @throws IllegalArgumentException if the worker did not write the trial
     * @throws dev.boostscope.core.FormatException if labels and predictions do not fit together
     * @throws dev.boostscope.core.StorageException if storage fails
     */
    public static RunSnapshot from(Trial opened, @Nullable String worker) {
        Objects.requireNonNull(opened, "opened");
        if (worker != null && !opened.workers().contains(worker)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "worker must be one of the workers of %s (%s): '%s'", opened.uri(),
                    String.join(", ", opened.workers()), worker));
        }
        Trial trial = worker == null ? opened : Trials.workerView(opened, worker);
        TrialTensors tensors = new TrialTensors(trial);
        Map<String, String> hyperparameters = tensors.hyperparameters();
        Outcomes outcomes = new Outcomes(tensors);
        ProblemType problem = problem(hyperparameters, outcomes);
        ClassificationView classification = problem.isClassification() && !outcomes.isEmpty()
                ? OutcomeViews.classification(outcomes, problem) : ClassificationView.empty();
        RegressionErrors regression = problem == ProblemType.REGRESSION && !outcomes.isEmpty()
                ? OutcomeViews.regression(outcomes) : RegressionErrors.empty();
        return new RunSnapshot(trial.name(), trial.steps(), trial.loadedAllSteps(), problem, hyperparameters,
                MetricGroup.groupAll(metrics(tensors)), labelDistribution(tensors, problem, classification),
                importance(tensors), shap(tensors), classification, regression, missingCollections(tensors),
                new RunWorkers(trial.workers(), worker == null ? "" : worker));
    }

    /**
     * Reads what a live view shows when a step lands: the metric curves up to that step and the step's confusion
     * matrix (empty unless the run is a classification that saved labels and predictions at that step).
     *
     * @param trial the trial
     * @param step a complete step
     * @return the view
     */
    public static LiveStep live(Trial trial, int step) {
        Objects.requireNonNull(trial, "trial");
        TrialTensors tensors = new TrialTensors(trial);
        List<Series> metrics = new ArrayList<>();
        for (Series series : metrics(tensors)) {
            metrics.add(Series.of(series.name(), new TreeMap<>(toMap(series).headMap(step + 1))));
        }
        return new LiveStep(trial.name(), step, trial.loadedAllSteps(), metrics, liveConfusion(tensors, step));
    }

    /**
     * Reads the confusion matrix of every step that saved predictions, for the animated confusion matrix.
     *
     * @param trial the trial
     * @return the matrices, ascending by step; empty unless the run is a classification that saved labels and
     *     predictions
     * @throws dev.boostscope.core.FormatException if labels and predictions do not fit together
     */
    public static List<ConfusionAtStep> confusion(Trial trial) {
        TrialTensors tensors = new TrialTensors(trial);
        Outcomes outcomes = new Outcomes(tensors);
        ProblemType problem = problem(tensors.hyperparameters(), outcomes);
        if (!problem.isClassification() || outcomes.isEmpty()) {
            return List.of();
        }
        return OutcomeViews.frames(outcomes, problem);
    }

    /**
     * Reads the metric curves, grouped train against validation.
     *
     * @param trial the trial
     * @return the groups by metric name; empty if no metric was saved
     */
    public static List<MetricGroup> metrics(Trial trial) {
        return MetricGroup.groupAll(metrics(new TrialTensors(trial)));
    }

    /**
     * Reads the feature importance of each type saved.
     *
     * @param trial the trial
     * @return the types in {@link FeatureImportance#TYPES} order, then any other; empty if none was saved
     */
    public static List<FeatureImportance> importance(Trial trial) {
        return importance(new TrialTensors(trial));
    }

    /**
     * Returns the problem type: from the saved objective, else guessed from the last step's labels and predictions.
     *
     * @param trial the trial
     * @return the type
     */
    public static ProblemType problem(Trial trial) {
        TrialTensors tensors = new TrialTensors(trial);
        return problem(tensors.hyperparameters(), new Outcomes(tensors));
    }

    private static ProblemType problem(Map<String, String> hyperparameters, Outcomes outcomes) {
        String objective = hyperparameters.get("objective");
        ProblemType named = objective == null ? ProblemType.UNKNOWN : ProblemType.fromObjective(objective);
        if (named != ProblemType.UNKNOWN || outcomes.isEmpty()) {
            return named;
        }
        Outcome last = outcomes.last();
        return ProblemType.detect(last.labels(), last.predictions());
    }

    private static ConfusionMatrix liveConfusion(TrialTensors tensors, int step) {
        Outcomes outcomes = new Outcomes(tensors);
        if (outcomes.isEmpty() || !tensors.trial().tensor(TrialTensors.PREDICTIONS).steps().contains(step)) {
            return ConfusionMatrix.empty();
        }
        ProblemType problem = problem(tensors.hyperparameters(), outcomes);
        return problem.isClassification() ? OutcomeViews.confusion(outcomes.at(step), problem)
                : ConfusionMatrix.empty();
    }

    private static List<Series> metrics(TrialTensors tensors) {
        List<Series> metrics = new ArrayList<>();
        for (String name : tensors.names("metrics", METRIC_REGEX)) {
            if (MetricName.isMetricName(name)) {
                metrics.add(Series.of(name, tensors.scalars(name)));
            }
        }
        return metrics;
    }

    private static Histogram labelDistribution(TrialTensors tensors, ProblemType problem,
            ClassificationView classification) {
        SortedMap<Integer, dev.boostscope.core.NdArray> labels = tensors.valuesIfPresent(TrialTensors.LABELS);
        if (labels.isEmpty()) {
            return Histogram.empty();
        }
        int classes = classification.last().matrix().classCount();
        return OutcomeViews.labelDistribution(labels.get(labels.lastKey()).toDoubleArray(), problem, classes);
    }

    private static List<FeatureImportance> importance(TrialTensors tensors) {
        Map<String, Map<String, SortedMap<Integer, Double>>> byType = new TreeMap<>();
        for (String name : tensors.names("feature_importance", "^" + IMPORTANCE_PREFIX)) {
            String rest = name.substring(IMPORTANCE_PREFIX.length());
            int slash = rest.indexOf('/');
            if (name.startsWith(IMPORTANCE_PREFIX) && slash > 0 && slash < rest.length() - 1) {
                byType.computeIfAbsent(rest.substring(0, slash), key -> new TreeMap<>())
                        .put(rest.substring(slash + 1), tensors.scalars(name));
            }
        }
        List<FeatureImportance> result = new ArrayList<>();
        for (String type : FeatureImportance.TYPES) {
            if (byType.containsKey(type)) {
                result.add(FeatureImportance.of(type, byType.remove(type)));
            }
        }
        byType.forEach((type, values) -> result.add(FeatureImportance.of(type, values)));
        return result;
    }

    private static ShapSummary shap(TrialTensors tensors) {
        Map<String, SortedMap<Integer, Double>> values = new TreeMap<>();
        for (String name : tensors.names("average_shap", "^" + SHAP_PREFIX)) {
            if (name.startsWith(SHAP_PREFIX) && name.length() > SHAP_PREFIX.length()) {
                values.put(name.substring(SHAP_PREFIX.length()), tensors.scalars(name));
            }
        }
        return values.isEmpty() ? ShapSummary.empty() : ShapSummary.of(values);
    }

    private static List<String> missingCollections(TrialTensors tensors) {
        List<String> missing = new ArrayList<>();
        if (tensors.names("metrics", METRIC_REGEX).stream().noneMatch(MetricName::isMetricName)) {
            missing.add("metrics");
        }
        for (String name : List.of(TrialTensors.LABELS, TrialTensors.PREDICTIONS)) {
            if (!tensors.has(name)) {
                missing.add(name);
            }
        }
        addIfNone(missing, tensors, "feature_importance", "^" + IMPORTANCE_PREFIX);
        addIfNone(missing, tensors, "average_shap", "^" + SHAP_PREFIX);
        addIfNone(missing, tensors, "hyperparameters", "^hyperparameters/");
        return missing;
    }

    private static void addIfNone(List<String> missing, TrialTensors tensors, String collection, String regex) {
        if (tensors.names(collection, regex).isEmpty()) {
            missing.add(collection);
        }
    }

    private static SortedMap<Integer, Double> toMap(Series series) {
        SortedMap<Integer, Double> map = new TreeMap<>();
        series.points().forEach(point -> map.put(point.step(), point.value()));
        return map;
    }
}
