// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import java.util.Objects;

/**
 * One bar of a histogram: a class or an interval, and how many values fall in it.
 *
 * <p>Immutable.
 *
 * @param label the bar's label: a class label or an interval such as {@code [0.5, 1)}
 * @param lower the lower end of the interval (the class id for a class)
 * @param upper the upper end of the interval (the class id for a class)
 * @param count how many values fall in it
 */
public record HistogramBin(String label, double lower, double upper, int count) {

    /**
     * Validates.
     *
     * @param label the label
     * @param lower the lower end
     * @param upper the upper end
     * @param count the count, not negative
     */
    public HistogramBin {
        Objects.requireNonNull(label, "label");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
    }
}
