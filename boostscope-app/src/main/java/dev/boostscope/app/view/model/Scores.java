// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

/**
 * Precision, recall and F1 of one class or one average.
 *
 * <p>Immutable.
 *
 * @param precision right predictions of the class over all predictions of it
 * @param recall right predictions of the class over all rows of it
 * @param f1 the harmonic mean of precision and recall
 */
public record Scores(double precision, double recall, double f1) {

    /**
     * Returns scores from precision and recall, with F1 as their harmonic mean (0 when both are 0).
     *
     * @param precision the precision
     * @param recall the recall
     * @return the scores
     */
    public static Scores of(double precision, double recall) {
        double sum = precision + recall;
        return new Scores(precision, recall, sum == 0 ? 0 : 2 * precision * recall / sum);
    }
}
