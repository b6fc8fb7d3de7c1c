// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import dev.boostscope.core.NdArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The receiver operating characteristic of a binary classifier, with the area under it, as scikit-learn's
 * {@code roc_curve} (keeping every threshold) and {@code roc_auc_score} compute them.
 *
 * <p>Immutable.
 *
 * @param points the points from (0, 0) to (1, 1), one per distinct score
 * @param auc the area under the curve (trapezoids)
 */
public record RocCurve(List<RocPoint> points, double auc) {

    /**
     * Validates and copies.
     *
     * @param points the points
     * @param auc the area
     */
    public RocCurve {
        points = List.copyOf(points);
    }

    /**
     * Returns the curve with no points and a NaN area: what a view shows when there is no binary data.
     *
     * @return an empty curve
     */
    public static RocCurve empty() {
        return new RocCurve(List.of(), Double.NaN);
    }

    /**
     * Returns whether the curve has points.
     *
     * @return false for {@link #empty()}
     */
    public boolean hasData() {
        return !points.isEmpty();
    }

    /**
     * Computes the curve of one step's binary predictions: probabilities or margins {@code (N)}, or a two-column
     * probability matrix whose second column is the positive class's.
     *
     * @param labels the true classes, 0 or 1
     * @param predictions the predictions
     * @return the curve, or empty if the labels hold only one class
     * @throws IllegalArgumentException if a label is not 0 or 1, or the row counts differ
     */
    public static Optional<RocCurve> compute(double[] labels, NdArray predictions) {
        return compute(labels, PredictionDecoder.positiveScores(predictions));
    }

    /**
     * Computes the curve from scores.
     *
     * @param labels the true classes, 0 or 1
     * @param scores the positive class's score of each row, higher meaning more likely positive
     * @return the curve, or empty if the labels hold only one class
     * @throws IllegalArgumentException if a label is not 0 or 1, or the lengths differ
     */
    public static Optional<RocCurve> compute(double[] labels, double[] scores) {
        if (labels.length != scores.length) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "labels and scores must have as many rows: %d labels, %d scores", labels.length, scores.length));
        }
        int positives = countPositives(labels);
        int negatives = labels.length - positives;
        if (positives == 0 || negatives == 0) {
            return Optional.empty();
        }
        List<RocPoint> points = sweep(labels, scores, positives, negatives);
        return Optional.of(new RocCurve(points, area(points)));
    }

    private static List<RocPoint> sweep(double[] labels, double[] scores, int positives, int negatives) {
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        List<RocPoint> points = new ArrayList<>();
        points.add(new RocPoint(0, 0, Double.POSITIVE_INFINITY));
        int truePositives = 0;
        int falsePositives = 0;
        for (int k = 0; k < order.length; k++) {
            int row = order[k];
            if (labels[row] == 1) {
                truePositives++;
            } else {
                falsePositives++;
            }
            boolean lastOfTie = k == order.length - 1 || scores[order[k + 1]] != scores[row];
            if (lastOfTie) {
                points.add(new RocPoint((double) falsePositives / negatives, (double) truePositives / positives,
                        scores[row]));
            }
        }
        return points;
    }

    private static double area(List<RocPoint> points) {
        double area = 0;
        for (int i = 1; i < points.size(); i++) {
            RocPoint previous = points.get(i - 1);
            RocPoint point = points.get(i);
            area += (point.falsePositiveRate() - previous.falsePositiveRate())
                    * (point.truePositiveRate() + previous.truePositiveRate()) / 2;
        }
        return area;
    }

    private static int countPositives(double[] labels) {
        int positives = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == 1) {
                positives++;
            } else if (labels[i] != 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "binary labels must be 0 or 1: %s at row %d", labels[i], i));
            }
        }
        return positives;
    }
}
