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
     * Returns the top features of one importance type at the last step, with their curves.
     *
     * @param trial the trial
     * @param type the type, or null for {@code gain} (or the first type saved)
     * @param top how many features, 1 to {@value #MAX_TOP}
     * @return the view
     * @throws ApiException 400 if the type was not saved or top is out of range, 404 if no importance was saved
     */
    public static ImportanceView importance(Trial trial, @Nullable String type, int top) {
        checkTop(top);
        List<FeatureImportance> all = RunSnapshots.importance(trial);
        if (all.isEmpty()) {
            throw ApiException.notFound(String.format(Locale.ROOT, "no feature importance saved in trial '%s': "
                    + "enable the feature_importance collection", trial.name()), !trial.loadedAllSteps());
        }
        List<String> types = all.stream().map(FeatureImportance::type).toList();
        FeatureImportance chosen = all.stream().filter(f -> f.type().equals(type == null ? "gain" : type))
                .findFirst().orElse(null);
        if (chosen == null && type != null) {
            throw ApiException.badParameter(String.format(Locale.ROOT,
                    "importance type must be one of %s: '%s'", types, type));
        }
        FeatureImportance shown = chosen == null ? all.get(0) : chosen;
        List<FeatureScore> best = shown.top(top);
        List<Series> series = new ArrayList<>();
        for (FeatureScore score : best) {
            shown.features().stream().filter(s -> s.name().equals(score.feature())).findFirst()
                    .ifPresent(series::add);
        }
        return new ImportanceView(shown.type(), types, shown.lastStep(), best, series);
    }

    /**
     * Returns the SHAP summary: mean absolute {@code average_shap} per feature, top first.
     *
     * @param trial the trial
     * @param top how many features, 1 to {@value #MAX_TOP}
     * @return the summary of the top features
     * @throws ApiException 400 if top is out of range, 404 if no SHAP value was saved
     */
    public static ShapSummary shap(Trial trial, int top) {
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
        if (values.isEmpty()) {
            throw ApiException.notFound(String.format(Locale.ROOT, "no SHAP value saved in trial '%s': enable the "
                    + "average_shap collection", trial.name()), !trial.loadedAllSteps());
        }
        ShapSummary summary = ShapSummary.of(values);
        return new ShapSummary(summary.lastStep(),
                summary.features().subList(0, Math.min(top, summary.features().size())));
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
