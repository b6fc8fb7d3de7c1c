// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the report shows for a regression: the residuals at the last saved step, and the mean absolute error of the
 * rows in each label bin over the steps.
 *
 * <p>Immutable.
 *
 * @param step the step the residuals are from
 * @param residuals the distribution of {@code label - prediction}
 * @param binErrors one curve per label bin (named by its interval) of the mean {@code |prediction - label|}
 */
public record RegressionErrors(int step, Histogram residuals, List<Series> binErrors) {

    /**
     * Validates and copies.
     *
     * @param step the step
     * @param residuals the residuals
     * @param binErrors the curves
     */
    public RegressionErrors {
        Objects.requireNonNull(residuals, "residuals");
        binErrors = List.copyOf(binErrors);
    }

    /**
     * Returns the errors with no data.
     *
     * @return an empty value at step -1
     */
    public static RegressionErrors empty() {
        return new RegressionErrors(-1, Histogram.empty(), List.of());
    }

    /**
     * Returns whether there is any data.
     *
     * @return false for {@link #empty()}
     */
    public boolean hasData() {
        return step >= 0;
    }

    /**
     * Returns {@code label - prediction} for each row.
     *
     * @param labels the true values
     * @param predictions the predicted values
     * @return the residuals
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double[] residuals(double[] labels, double[] predictions) {
        checkLengths(labels, predictions);
        double[] residuals = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            residuals[i] = labels[i] - predictions[i];
        }
        return residuals;
    }

    /**
     * Returns the mean absolute error of the rows whose label falls in each bin.
     *
     * @param labels the true values
     * @param predictions the predicted values
     * @param binning the label bins
     * @return one value per bin; NaN for a bin with no rows
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double[] meanAbsoluteErrorByBin(double[] labels, double[] predictions, Binning binning) {
        checkLengths(labels, predictions);
        double[] sums = new double[binning.count()];
        int[] counts = new int[binning.count()];
        for (int i = 0; i < labels.length; i++) {
            int bin = binning.index(labels[i]);
            if (bin >= 0) {
                sums[bin] += Math.abs(predictions[i] - labels[i]);
                counts[bin]++;
            }
        }
        for (int bin = 0; bin < sums.length; bin++) {
            sums[bin] = counts[bin] == 0 ? Double.NaN : sums[bin] / counts[bin];
        }
        return sums;
    }

    private static void checkLengths(double[] labels, double[] predictions) {
        if (labels.length != predictions.length) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "labels and predictions must have as many rows: %d labels, %d predictions",
                    labels.length, predictions.length));
        }
    }
}
