// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import java.util.Locale;

/**
 * Equal-width intervals over a range: how a numeric target is split into label bins (10 in SageMaker's report).
 * Each interval holds its lower end; the last also holds the upper end of the range.
 *
 * <p>Immutable.
 *
 * @param min the lower end of the range
 * @param max the upper end of the range, at least {@code min}
 * @param count the number of intervals, at least 1
 */
public record Binning(double min, double max, int count) {

    /**
     * Validates.
     *
     * @param min the lower end
     * @param max the upper end
     * @param count the number of intervals
     * @throws IllegalArgumentException if the range is not finite or reversed, or the count is not positive
     */
    public Binning {
        if (!Double.isFinite(min) || !Double.isFinite(max) || max < min) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "binning range must be finite with min <= max: [%s, %s]", min, max));
        }
        if (count < 1) {
            throw new IllegalArgumentException("binning count must be positive: " + count);
        }
    }

    /**
     * Returns the binning that spans some values; a single interval if they are all equal.
     *
     * @param values the values, at least one, all finite
     * @param count the number of intervals wanted
     * @return the binning
     * @throws IllegalArgumentException if there are no values or one is not finite
     */
    public static Binning spanning(double[] values, int count) {
        if (values.length == 0) {
            throw new IllegalArgumentException("binning needs at least one value");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        return new Binning(min, max, min == max ? 1 : count);
    }

    /**
     * Returns the interval holding a value.
     *
     * @param value a value
     * @return the interval's index, or -1 if the value is outside the range or NaN
     */
    public int index(double value) {
        if (!(value >= min && value <= max)) {
            return -1;
        }
        if (max == min) {
            return 0;
        }
        int index = (int) ((value - min) / width());
        return Math.min(index, count - 1);
    }

    /**
     * Returns an interval's lower end.
     *
     * @param index the interval
     * @return the lower end
     */
    public double lower(int index) {
        return min + index * width();
    }

    /**
     * Returns an interval's upper end.
     *
     * @param index the interval
     * @return the upper end
     */
    public double upper(int index) {
        return index == count - 1 ? max : min + (index + 1) * width();
    }

    /**
     * Returns an interval's label, such as {@code [0.5, 1)}; the last is closed: {@code [9.5, 10]}.
     *
     * @param index the interval
     * @return the label
     */
    public String label(int index) {
        return "[" + format(lower(index)) + ", " + format(upper(index)) + (index == count - 1 ? "]" : ")");
    }

    private double width() {
        return (max - min) / count;
    }

    private static String format(double value) {
        String text = String.format(Locale.ROOT, "%.3g", value);
        if (text.contains("e") || !text.contains(".")) {
            return text;
        }
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
