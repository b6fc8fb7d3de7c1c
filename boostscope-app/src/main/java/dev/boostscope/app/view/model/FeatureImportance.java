// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * One importance type's scores over the steps ({@code feature_importance/<type>/<feature>}, each normalised by the
 * hook to sum to 1 per type and step). A feature that has no split yet has no value at a step: it counts as 0.
 *
 * <p>Immutable.
 *
 * @param type the importance type: {@code weight}, {@code gain}, {@code cover}, {@code total_gain} or
 *     {@code total_cover}
 * @param features one curve per feature, named by the feature, sorted by name
 */
public record FeatureImportance(String type, List<Series> features) {
    /** The importance types XGBoost computes, in the order the report shows them. */
    public static final List<String> TYPES = List.of("weight", "gain", "cover", "total_gain", "total_cover");

    /**
     * Validates and copies.
     *
     * @param type the importance type
     * @param features the curves
     */
    public FeatureImportance {
        Objects.requireNonNull(type, "type");
        features = features.stream().sorted(Comparator.comparing(Series::name)).toList();
    }

    /**
     * Returns a type's importance from values by feature and step.
     *
     * @param type the importance type
     * @param values the values, by feature name then step
     * @return the importance
     */
    public static FeatureImportance of(String type, Map<String, SortedMap<Integer, Double>> values) {
        List<Series> features = new ArrayList<>();
        values.forEach((feature, byStep) -> features.add(Series.of(feature, byStep)));
        return new FeatureImportance(type, features);
    }

    /**
     * Returns the last step any feature has a value at.
     *
     * @return the step, or -1 if there are no values
     */
    public int lastStep() {
        return features.stream().flatMap(s -> s.last().stream()).mapToInt(StepValue::step).max().orElse(-1);
    }

    /**
     * Returns the most important features at a step, highest first (ties by name).
     *
     * @param step a step
     * @param limit how many at most
     * @return the scores; features with no value at that step are left out
     * @throws IllegalArgumentException if the limit is not positive
     */
    public List<FeatureScore> top(int step, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("top limit must be positive: " + limit);
        }
        List<FeatureScore> scores = new ArrayList<>();
        for (Series feature : features) {
            feature.valueAt(step).ifPresent(value -> scores.add(new FeatureScore(feature.name(), value)));
        }
        scores.sort(Comparator.comparingDouble(FeatureScore::value).reversed()
                .thenComparing(FeatureScore::feature));
        return List.copyOf(scores.subList(0, Math.min(limit, scores.size())));
    }

    /**
     * Returns the most important features at the last step.
     *
     * @param limit how many at most
     * @return the scores, highest first
     */
    public List<FeatureScore> top(int limit) {
        return top(lastStep(), limit);
    }
}
