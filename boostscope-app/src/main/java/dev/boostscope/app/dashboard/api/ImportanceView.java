// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.api;

import dev.boostscope.app.view.model.FeatureScore;
import dev.boostscope.app.view.model.Series;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code GET /api/runs/{id}/importance}: the top features of one importance type at the last step, and
 * their curves over the steps; or, while the trial holds no importance, an empty view that says why.
 *
 * <p>Immutable.
 *
 * @param type the importance type shown, such as {@code gain}; null (left out) when none was saved
 * @param types every type the trial saved, in XGBoost's order
 * @param step the step the top features are ranked at; -1 when none was saved
 * @param top the top features, most important first
 * @param series the top features' values over the steps, in the order of {@code top}
 * @param message why there are no features, or null (left out) when there are
 */
public record ImportanceView(@Nullable String type, List<String> types, int step, List<FeatureScore> top,
        List<Series> series, @Nullable String message) {

    /**
     * Copies.
     *
     * @param type the type, or null with a message
     * @param types the types
     * @param step the step
     * @param top the top features
     * @param series the curves
     * @param message the reason, or null
     */
    public ImportanceView {
        if (type == null && message == null) {
            throw new IllegalArgumentException("an importance view without a type needs a message saying why");
        }
        types = List.copyOf(types);
        top = List.copyOf(top);
        series = List.copyOf(series);
    }

    /**
     * Returns the view of a type.
     *
     * @param type the type shown
     * @param types every type saved
     * @param step the step the top features are ranked at
     * @param top the top features
     * @param series their curves
     * @return the view, without a message
     */
    public static ImportanceView of(String type, List<String> types, int step, List<FeatureScore> top,
            List<Series> series) {
        return new ImportanceView(Objects.requireNonNull(type, "type"), types, step, top, series, null);
    }

    /**
     * Returns a view with no type and no features.
     *
     * @param message why, such as which collection to enable
     * @return the empty view
     */
    public static ImportanceView none(String message) {
        return new ImportanceView(null, List.of(), -1, List.of(), List.of(), Objects.requireNonNull(message,
                "message"));
    }
}
