// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import java.util.Objects;

/**
 * A confusion matrix and the step it was computed at: one frame of the animated confusion matrix.
 *
 * <p>Immutable.
 *
 * @param step the global step
 * @param matrix the matrix at that step
 */
public record ConfusionAtStep(int step, ConfusionMatrix matrix) {

    /**
     * Validates.
     *
     * @param step the step
     * @param matrix the matrix
     */
    public ConfusionAtStep {
        Objects.requireNonNull(matrix, "matrix");
    }
}
