// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.api;

import dev.boostscope.app.view.model.MetricGroup;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code GET /api/runs/{id}/metrics/workers}: the metric curves of every worker of a run, for pages that
 * draw one line per worker.
 *
 * <p>Immutable.
 *
 * @param workers one entry per worker, by worker name; one entry for a single-worker run
 */
public record WorkerMetricsView(List<WorkerMetrics> workers) {

    /**
     * Copies.
     *
     * @param workers the workers' curves
     */
    public WorkerMetricsView {
        workers = List.copyOf(workers);
    }

    /**
     * One worker's metric curves.
     *
     * @param worker the worker, such as {@code worker_1}
     * @param groups its curves, grouped train against validation, by metric name
     */
    public record WorkerMetrics(String worker, List<MetricGroup> groups) {

        /**
         * Validates and copies.
         *
         * @param worker the worker
         * @param groups the groups
         */
        public WorkerMetrics {
            Objects.requireNonNull(worker, "worker");
            groups = List.copyOf(groups);
        }
    }
}
