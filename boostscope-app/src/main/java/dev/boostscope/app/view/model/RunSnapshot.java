// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything the plots and the report show about one run, as read at one moment.
 *
 * <p>Immutable.
 *
 * @param trialName the trial's name, as it came from the data
 * @param steps the complete steps, ascending
 * @param ended whether training had ended and every step was loaded
 * @param problem the kind of task
 * @param hyperparameters the saved hyperparameters as text, by name, sorted; empty if not saved
 * @param metrics the metric curves, grouped train against validation, by metric name
 * @param labelDistribution the true labels' distribution at the last step that saved them; empty if not saved
 * @param importance the feature importance of each type saved, in {@link FeatureImportance#TYPES} order
 * @param shap the SHAP summary; {@link ShapSummary#empty()} if not saved
 * @param classification the classification views; {@link ClassificationView#empty()} unless classification
 * @param regression the regression views; {@link RegressionErrors#empty()} unless regression
 * @param missingCollections the collections the views use that have no tensor in this trial, sorted
 * @param workers the workers that wrote the run, and whose values the views show
 */
public record RunSnapshot(String trialName, List<Integer> steps, boolean ended, ProblemType problem,
        Map<String, String> hyperparameters, List<MetricGroup> metrics, Histogram labelDistribution,
        List<FeatureImportance> importance, ShapSummary shap, ClassificationView classification,
        RegressionErrors regression, List<String> missingCollections, RunWorkers workers) {

    /**
     * Validates and copies.
     *
     * @param trialName the trial's name
     * @param steps the steps
     * @param ended whether training ended
     * @param problem the task
     * @param hyperparameters the hyperparameters
     * @param metrics the metrics
     * @param labelDistribution the label distribution
     * @param importance the importance
     * @param shap the SHAP summary
     * @param classification the classification views
     * @param regression the regression views
     * @param missingCollections the missing collections
     * @param workers the workers
     */
    public RunSnapshot {
        Objects.requireNonNull(trialName, "trialName");
        steps = List.copyOf(steps);
        Objects.requireNonNull(problem, "problem");
        hyperparameters = java.util.Collections.unmodifiableMap(new TreeMap<>(hyperparameters));
        metrics = List.copyOf(metrics);
        Objects.requireNonNull(labelDistribution, "labelDistribution");
        importance = List.copyOf(importance);
        Objects.requireNonNull(shap, "shap");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(regression, "regression");
        missingCollections = missingCollections.stream().sorted().distinct().toList();
        Objects.requireNonNull(workers, "workers");
    }

    /**
     * Returns whether a collection the views use had no tensor.
     *
     * @param collection a collection name such as {@code feature_importance}
     * @return true if it is missing
     */
    public boolean missing(String collection) {
        return missingCollections.contains(collection);
    }

    /**
     * Returns the last complete step.
     *
     * @return the step, or -1 if there is none
     */
    public int lastStep() {
        return steps.isEmpty() ? -1 : steps.get(steps.size() - 1);
    }
}
