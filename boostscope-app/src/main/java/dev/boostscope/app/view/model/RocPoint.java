// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

/**
 * One point of a ROC curve.
 *
 * <p>Immutable.
 *
 * @param falsePositiveRate the share of negative rows scored at or above the threshold
 * @param truePositiveRate the share of positive rows scored at or above the threshold
 * @param threshold the score threshold; positive infinity for the curve's first point
 */
public record RocPoint(double falsePositiveRate, double truePositiveRate, double threshold) {
}
