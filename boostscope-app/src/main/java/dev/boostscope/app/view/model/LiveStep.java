// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import java.util.List;
import java.util.Objects;

/**
 * What a live view shows when a step lands: the metric curves so far and the step's confusion matrix.
 *
 * <p>Immutable.
 *
 * @param trialName the trial's name, as it came from the data
 * @param step the step that landed
 * @param ended whether training has ended and every step is loaded
 * @param metrics the metric curves up to now, by tensor name
 * @param confusion the step's confusion matrix; {@link ConfusionMatrix#empty()} if it cannot be computed
 */
public record LiveStep(String trialName, int step, boolean ended, List<Series> metrics, ConfusionMatrix confusion) {

    /**
     * Validates and copies.
     *
     * @param trialName the trial's name
     * @param step the step
     * @param ended whether training ended
     * @param metrics the curves
     * @param confusion the matrix
     */
    public LiveStep {
        Objects.requireNonNull(trialName, "trialName");
        metrics = List.copyOf(metrics);
        Objects.requireNonNull(confusion, "confusion");
    }
}
