// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.api;

import dev.boostscope.app.view.model.Series;
import java.util.List;

/**
 * The body of {@code GET /api/runs/{id}/class-accuracy}: each class's accuracy (its recall, the row-normalised
 * diagonal of the confusion matrix) over the steps.
 *
 * <p>Immutable.
 *
 * @param series one curve per class, named by the class label; empty unless a classification saved predictions
 */
public record ClassAccuracyView(List<Series> series) {

    /**
     * Copies.
     *
     * @param series the curves
     */
    public ClassAccuracyView {
        series = List.copyOf(series);
    }
}
