// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.api;

import dev.boostscope.app.view.model.ConfusionMatrix;
import java.util.List;
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
 */
public record StepEvent(int step, boolean ended, List<MetricPoint> metrics, @Nullable ConfusionMatrix confusion) {

    /**
     * Copies.
     *
     * @param step the step
     * @param ended whether training ended
     * @param metrics the metric values
     * @param confusion the matrix, or null
     */
    public StepEvent {
        metrics = List.copyOf(metrics);
    }
}
