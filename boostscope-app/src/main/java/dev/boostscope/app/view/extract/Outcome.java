// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.extract;

import dev.boostscope.core.NdArray;

/**
 * One step's true labels and predictions.
 *
 * <p>Immutable by convention: the arrays are not copied and must not be changed.
 *
 * @param step the global step
 * @param labels the true labels
 * @param predictions the predictions
 */
record Outcome(int step, double[] labels, NdArray predictions) {
}
