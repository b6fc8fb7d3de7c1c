// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.api;

import dev.boostscope.app.view.model.MetricGroup;
import java.util.List;

/**
 * The body of {@code GET /api/runs/{id}/metrics}: the metric curves, grouped train against validation.
 *
 * <p>Immutable.
 *
 * @param groups one group per metric (such as {@code mlogloss}), by name; empty if no metric was saved
 */
public record MetricsView(List<MetricGroup> groups) {

    /**
     * Copies.
     *
     * @param groups the groups
     */
    public MetricsView {
        groups = List.copyOf(groups);
    }
}
