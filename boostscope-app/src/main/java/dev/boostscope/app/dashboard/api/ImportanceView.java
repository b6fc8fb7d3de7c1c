// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.api;

import dev.boostscope.app.view.model.FeatureScore;
import dev.boostscope.app.view.model.Series;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code GET /api/runs/{id}/importance}: the top features of one importance type at the last step, and
 * their curves over the steps.
 *
 * <p>Immutable.
 *
 * @param type the importance type shown, such as {@code gain}
 * @param types every type the trial saved, in XGBoost's order
 * @param step the step the top features are ranked at
 * @param top the top features, most important first
 * @param series the top features' values over the steps, in the order of {@code top}
 */
public record ImportanceView(String type, List<String> types, int step, List<FeatureScore> top, List<Series> series) {

    /**
     * Copies.
     *
     * @param type the type
     * @param types the types
     * @param step the step
     * @param top the top features
     * @param series the curves
     */
    public ImportanceView {
        Objects.requireNonNull(type, "type");
        types = List.copyOf(types);
        top = List.copyOf(top);
        series = List.copyOf(series);
    }
}
