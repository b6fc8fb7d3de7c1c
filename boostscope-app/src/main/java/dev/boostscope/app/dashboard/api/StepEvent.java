// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.api;

import dev.boostscope.app.view.model.ConfusionMatrix;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The payload of a {@code step} event: what a page needs to show a step that just landed.
 *
 * <p>Immutable.
 *
 * @param step the step
 * @param ended whether training has ended and every step is loaded
 * @param metrics the metric values saved at this step, by tensor name
 * @param confusion the step's confusion matrix, or null (left out) unless the run is a classification that saved
 *     labels and predictions at this step
 * @param workerMetrics each worker's metric values at this step, by worker name, or null (left out) unless the run
 *     has several workers; {@code metrics} holds the first worker's
 */
public record StepEvent(int step, boolean ended, List<MetricPoint> metrics, @Nullable ConfusionMatrix confusion,
        @Nullable Map<String, List<MetricPoint>> workerMetrics) {

    /**
     * Copies.
     *
     * @param step the step
     * @param ended whether training ended
     * @param metrics the metric values
     * @param confusion the matrix, or null
     * @param workerMetrics the workers' values, or null
     */
    public StepEvent {
        metrics = List.copyOf(metrics);
        if (workerMetrics != null) {
            Map<String, List<MetricPoint>> copy = new TreeMap<>();
            workerMetrics.forEach((worker, points) -> copy.put(worker, List.copyOf(points)));
            workerMetrics = Collections.unmodifiableMap(copy);
        }
    }
}
