// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * How much each feature moves the predictions: per feature, the mean over the saved steps of
 * {@code |average_shap/<feature>|} (itself the mean SHAP value over the rows), largest first.
 *
 * <p>Immutable.
 *
 * @param lastStep the last step a value was saved at; -1 if none
 * @param features each feature's mean magnitude, largest first (ties by name)
 */
public record ShapSummary(int lastStep, List<FeatureScore> features) {

    /**
     * Copies.
     *
     * @param lastStep the last step
     * @param features the features
     */
    public ShapSummary {
        features = List.copyOf(features);
    }

    /**
     * Returns the summary with no features.
     *
     * @return an empty summary
     */
    public static ShapSummary empty() {
        return new ShapSummary(-1, List.of());
    }

    /**
     * Summarises {@code average_shap} values.
     *
     * @param values the values, by feature then step
     * @return the summary
     */
    public static ShapSummary of(Map<String, SortedMap<Integer, Double>> values) {
        List<FeatureScore> features = new ArrayList<>();
        int lastStep = -1;
        for (Map.Entry<String, SortedMap<Integer, Double>> entry : values.entrySet()) {
            SortedMap<Integer, Double> byStep = entry.getValue();
            if (!byStep.isEmpty()) {
                double mean = byStep.values().stream().mapToDouble(Math::abs).average().orElse(0);
                features.add(new FeatureScore(entry.getKey(), mean));
                lastStep = Math.max(lastStep, byStep.lastKey());
            }
        }
        features.sort(Comparator.comparingDouble(FeatureScore::value).reversed()
                .thenComparing(FeatureScore::feature));
        return new ShapSummary(lastStep, features);
    }
}
