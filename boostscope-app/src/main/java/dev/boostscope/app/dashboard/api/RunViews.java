// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.api;

import dev.boostscope.app.view.extract.RunSnapshots;
import dev.boostscope.app.view.model.FeatureImportance;
import dev.boostscope.app.view.model.FeatureScore;
import dev.boostscope.app.view.model.Series;
import dev.boostscope.app.view.model.ShapSummary;
import dev.boostscope.core.DType;
import dev.boostscope.core.NdArray;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Computes the dashboard's JSON bodies from a trial, through its public interface and the view models of
 * {@code dev.boostscope.app.view}. Reads block on storage.
 *
 * <p>Stateless; thread-safe as the trial is.
 */
public final class RunViews {
    /** The largest {@code top} a request may ask for. */
    public static final int MAX_TOP = 100;
    private static final String SHAP_PREFIX = "average_shap/";
    private static final String IMPORTANCE_PREFIX = "feature_importance/";
    private static final String NO_IMPORTANCE = "no feature importance saved yet: enable the feature_importance "
            + "collection";
    private static final String NO_SHAP = "no SHAP values saved yet: enable the average_shap collection";

    private RunViews() {
    }

    /**
     * Returns what a trial holds so far.
     *
     * @param trial the trial
     * @return its steps, workers and collections
     */
    public static TrialInfo trialInfo(Trial trial) {
        Objects.requireNonNull(trial, "trial");
        List<Integer> steps = trial.steps();
        List<TrialInfo.CollectionInfo> collections = new ArrayList<>();
        trial.collections().keySet().stream().sorted().forEach(name -> collections.add(
                new TrialInfo.CollectionInfo(name, trial.tensorNamesInCollection(name).size())));
        int last = steps.isEmpty() ? -1 : steps.get(steps.size() - 1);
        return new TrialInfo(steps, last, trial.loadedAllSteps(), trial.workers(), collections,
                trial.tensorNames().size());
    }

    /**
     * Returns the metric curves, train against validation.
     *
     * @param trial the trial
     * @return the groups; empty if no metric was saved
     */
    public static MetricsView metrics(Trial trial) {
        return new MetricsView(RunSnapshots.metrics(trial));
    }

    /**
     * Returns the metric curves of every worker, for a page that draws one line per worker.
     *
     * @param trial the trial
     * @return one entry per worker, in name order; a single entry (the trial as read) when it has one worker or none
     */
    public static WorkerMetricsView metricsByWorker(Trial trial) {
        List<String> workers = trial.workers();
        if (workers.size() < 2) {
            String name = workers.isEmpty() ? "" : workers.get(0);
            return new WorkerMetricsView(List.of(new WorkerMetricsView.WorkerMetrics(name,
                    RunSnapshots.metrics(trial))));
        }
        List<WorkerMetricsView.WorkerMetrics> out = new ArrayList<>();
        for (String worker : workers) {
            out.add(new WorkerMetricsView.WorkerMetrics(worker,
                    RunSnapshots.metrics(Trials.workerView(trial, worker))));
        }
        return new WorkerMetricsView(out);
    }

    /**
     * Returns the trial as one worker wrote it, for the views of a chosen worker.
     *
     * @param trial the trial
     * @param worker the worker, or null for the trial as read (the first worker, by name, at each step)
     * @return the trial itself, or a view of the worker
     * @throws ApiException 400 if the trial has workers and the chosen one is not among them
     */
    public static Trial forWorker(Trial trial, @Nullable String worker) {
        if (worker == null) {
            return trial;
        }
        if (!trial.workers().isEmpty() && !trial.workers().contains(worker)) {
            throw ApiException.badParameter(String.format(Locale.ROOT,
                    "parameter 'worker' must be one of the workers of trial '%s' (%s): '%s'", trial.name(),
                    String.join(", ", trial.workers()), worker));
        }
        return Trials.workerView(trial, worker);
    }

    /**
     * Returns the top features of one importance type at the last step, with their curves. Ranks on the last step's
     * values (one read per feature) and reads the history of the top features only, so that a model with hundreds of
     * features stays quick.
     *
     * @param trial the trial
     * @param type the type, or null for {@code gain} (or the first type saved)
     * @param top how many features, 1 to {@value #MAX_TOP}
     * @return the view; an empty one with a message naming the collection to enable if no importance was saved (yet)
     * @throws ApiException 400 if top is out of range, or if the type was not saved while other types were
     */
    public static ImportanceView importance(Trial trial, @Nullable String type, int top) {
        checkTop(top);
        Map<String, List<String>> byType = importanceNames(trial);
        if (byType.isEmpty()) {
            return ImportanceView.none(NO_IMPORTANCE);
        }
        List<String> types = new ArrayList<>(byType.keySet());
        String shown = type != null ? type : byType.containsKey("gain") ? "gain" : types.get(0);
        if (!byType.containsKey(shown)) {
            throw ApiException.badParameter(String.format(Locale.ROOT,
                    "importance type must be one of %s: '%s'", types, shown));
        }
        int step = lastStep(trial, byType.get(shown));
        Map<String, SortedMap<Integer, Double>> latest = new TreeMap<>();
        for (String name : byType.get(shown)) {
            scalarAt(trial, name, step).ifPresent(v -> latest.put(feature(name), new TreeMap<>(Map.of(step, v))));
        }
        List<FeatureScore> best = FeatureImportance.of(shown, latest).top(step, top);
        Map<String, SortedMap<Integer, Double>> history = new TreeMap<>();
        best.forEach(f -> history.put(f.feature(), scalars(trial, IMPORTANCE_PREFIX + shown + "/" + f.feature())));
        FeatureImportance chosen = FeatureImportance.of(shown, history);
        List<Series> series = new ArrayList<>();
        for (FeatureScore score : best) {
            chosen.features().stream().filter(s -> s.name().equals(score.feature())).findFirst()
                    .ifPresent(series::add);
        }
        return ImportanceView.of(shown, types, step, best, series);
    }

    /** Returns the importance tensor names by type, types in XGBoost's order, then any other. */
    private static Map<String, List<String>> importanceNames(Trial trial) {
        TreeSet<String> names = new TreeSet<>(trial.tensorNamesInCollection("feature_importance"));
        names.addAll(trial.tensorNamesMatching("^" + IMPORTANCE_PREFIX));
        Map<String, List<String>> found = new TreeMap<>();
        for (String name : names) {
            String rest = name.startsWith(IMPORTANCE_PREFIX) ? name.substring(IMPORTANCE_PREFIX.length()) : "";
            int slash = rest.indexOf('/');
            if (slash > 0 && slash < rest.length() - 1) {
                found.computeIfAbsent(rest.substring(0, slash), key -> new ArrayList<>()).add(name);
            }
        }
        Map<String, List<String>> ordered = new java.util.LinkedHashMap<>();
        FeatureImportance.TYPES.stream().filter(found::containsKey).forEach(t -> ordered.put(t, found.remove(t)));
        ordered.putAll(found);
        return ordered;
    }

    private static int lastStep(Trial trial, List<String> names) {
        int last = -1;
        for (String name : names) {
            List<Integer> steps = trial.tensor(name).steps();
            if (!steps.isEmpty()) {
                last = Math.max(last, steps.get(steps.size() - 1));
            }
        }
        return last;
    }

    private static String feature(String name) {
        return name.substring(name.indexOf('/', IMPORTANCE_PREFIX.length()) + 1);
    }

    private static java.util.Optional<Double> scalarAt(Trial trial, String name, int step) {
        if (!trial.tensor(name).steps().contains(step)) {
            return java.util.Optional.empty();
        }
        NdArray value = trial.tensor(name).value(step);
        return value.dtype() == DType.STRING || value.size() == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(value.getDouble(0));
    }

    /**
     * Returns the SHAP summary: mean absolute {@code average_shap} per feature, top first.
     *
     * @param trial the trial
     * @param top how many features, 1 to {@value #MAX_TOP}
     * @return the summary of the top features; an empty one with a message naming the collection to enable if no SHAP
     *     value was saved (yet)
     * @throws ApiException 400 if top is out of range
     */
    public static ShapView shap(Trial trial, int top) {
        checkTop(top);
        Map<String, SortedMap<Integer, Double>> values = new TreeMap<>();
        TreeSet<String> names = new TreeSet<>(trial.tensorNamesInCollection("average_shap"));
        names.addAll(trial.tensorNamesMatching("^" + SHAP_PREFIX));
        for (String name : names) {
            if (name.startsWith(SHAP_PREFIX) && name.length() > SHAP_PREFIX.length()) {
                values.put(name.substring(SHAP_PREFIX.length()), scalars(trial, name));
            }
        }
        values.values().removeIf(SortedMap::isEmpty);
        return values.isEmpty() ? ShapView.none(NO_SHAP) : ShapView.of(ShapSummary.of(values), top);
    }

    static void checkTop(int top) {
        if (top < 1 || top > MAX_TOP) {
            throw ApiException.badParameter(String.format(Locale.ROOT, "top must be between 1 and %d: %d", MAX_TOP,
                    top));
        }
    }

    private static SortedMap<Integer, Double> scalars(Trial trial, String name) {
        SortedMap<Integer, Double> values = new TreeMap<>();
        for (Map.Entry<Integer, NdArray> entry : trial.tensor(name).values().entrySet()) {
            NdArray value = entry.getValue();
            if (value.dtype() != DType.STRING && value.size() > 0) {
                values.put(entry.getKey(), value.getDouble(0));
            }
        }
        return values;
    }
}
