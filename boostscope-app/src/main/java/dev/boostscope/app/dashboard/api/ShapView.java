// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.api;

import dev.boostscope.app.view.model.FeatureScore;
import dev.boostscope.app.view.model.ShapSummary;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code GET /api/runs/{id}/shap}: the SHAP summary of the top features (mean absolute
 * {@code average_shap}, largest first); or, while the trial holds no SHAP value, an empty summary that says why.
 *
 * <p>Immutable.
 *
 * @param lastStep the last step a value was saved at; -1 if none
 * @param features the top features' mean magnitudes, largest first
 * @param message why there are no features, or null (left out) when there are
 */
public record ShapView(int lastStep, List<FeatureScore> features, @Nullable String message) {

    /**
     * Copies.
     *
     * @param lastStep the last step
     * @param features the features
     * @param message the reason, or null
     */
    public ShapView {
        features = List.copyOf(features);
    }

    /**
     * Returns the view of a summary's top features.
     *
     * @param summary the summary of every feature
     * @param top how many features to keep, at least 1
     * @return the view, without a message
     */
    public static ShapView of(ShapSummary summary, int top) {
        List<FeatureScore> features = summary.features();
        return new ShapView(summary.lastStep(), features.subList(0, Math.min(top, features.size())), null);
    }

    /**
     * Returns a view with no features.
     *
     * @param message why, such as which collection to enable
     * @return the empty view
     */
    public static ShapView none(String message) {
        return new ShapView(-1, List.of(), Objects.requireNonNull(message, "message"));
    }
}
