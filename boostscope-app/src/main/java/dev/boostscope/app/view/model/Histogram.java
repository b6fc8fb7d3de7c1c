// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts of values per class or per interval: the label distribution, or the residuals of a regression.
 *
 * <p>Immutable.
 *
 * @param bins the bars, in class or interval order; empty when there was nothing to count
 */
public record Histogram(List<HistogramBin> bins) {

    /**
     * Copies.
     *
     * @param bins the bars
     */
    public Histogram {
        bins = List.copyOf(bins);
    }

    /**
     * Returns the histogram with no bars.
     *
     * @return an empty histogram
     */
    public static Histogram empty() {
        return new Histogram(List.of());
    }

    /**
     * Counts class ids: one bar per class from 0 to the highest id (or {@code classes - 1}).
     *
     * @param labels class ids
     * @param classes the number of classes at least
     * @return the histogram
     * @throws IllegalArgumentException if a label is not a class id
     */
    public static Histogram ofClasses(double[] labels, int classes) {
        int[] ids = PredictionDecoder.labelIds(labels);
        int highest = classes - 1;
        for (int id : ids) {
            highest = Math.max(highest, id);
        }
        int[] counts = new int[highest + 1];
        for (int id : ids) {
            counts[id]++;
        }
        List<HistogramBin> bins = new ArrayList<>();
        for (int id = 0; id < counts.length; id++) {
            bins.add(new HistogramBin(Integer.toString(id), id, id, counts[id]));
        }
        return new Histogram(bins);
    }

    /**
     * Counts values in equal-width intervals over their range.
     *
     * @param values the values; NaN and infinite values are skipped
     * @param intervals the number of intervals
     * @return the histogram; empty if no value is finite
     */
    public static Histogram ofValues(double[] values, int intervals) {
        double[] finite = java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
        if (finite.length == 0) {
            return empty();
        }
        Binning binning = Binning.spanning(finite, intervals);
        int[] counts = new int[binning.count()];
        for (double value : finite) {
            counts[binning.index(value)]++;
        }
        List<HistogramBin> bins = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            bins.add(new HistogramBin(binning.label(i), binning.lower(i), binning.upper(i), counts[i]));
        }
        return new Histogram(bins);
    }

    /**
     * Returns the number of values counted.
     *
     * @return the sum of the counts
     */
    public int total() {
        return bins.stream().mapToInt(HistogramBin::count).sum();
    }
}
