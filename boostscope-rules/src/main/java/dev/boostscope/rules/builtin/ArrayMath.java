// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import dev.boostscope.core.NdArray;
import java.util.Arrays;

/**
 * numpy's reductions and comparisons that the rules need, over {@link NdArray}s.
 *
 * <p>Thread-safe.
 */
final class ArrayMath {
    private ArrayMath() {
    }

    /** Returns the population variance ({@code numpy.var}, ddof 0) of every element. */
    static double variance(double[] values) {
        double mean = Arrays.stream(values).average().orElse(Double.NaN);
        double sum = 0;
        for (double value : values) {
            sum += (value - mean) * (value - mean);
        }
        return sum / values.length;
    }

    /** Returns the share of elements equal to zero, in percent. */
    static double zeroPercent(double[] values) {
        long zeros = Arrays.stream(values).filter(v -> v == 0).count();
        return 100.0 * zeros / values.length;
    }

    /**
     * Returns whether {@code numpy.allclose(a, b, rtol, atol, equal_nan)} holds: same shape and
     * {@code |a - b| <= atol + rtol * |b|} element-wise. String arrays are compared for equality.
     */
    static boolean allClose(NdArray a, NdArray b, Tolerance tolerance) {
        if (!Arrays.equals(a.shape(), b.shape()) || a.dtype().isNumeric() != b.dtype().isNumeric()) {
            return false;
        }
        if (!a.dtype().isNumeric()) {
            return Arrays.equals(a.toStringArray(), b.toStringArray());
        }
        double[] x = a.toDoubleArray();
        double[] y = b.toDoubleArray();
        for (int i = 0; i < x.length; i++) {
            if (!close(x[i], y[i], tolerance)) {
                return false;
            }
        }
        return true;
    }

    /** Returns the largest element-wise absolute difference; infinite when shapes or types differ. */
    static double maxAbsDifference(NdArray a, NdArray b) {
        if (!Arrays.equals(a.shape(), b.shape()) || !a.dtype().isNumeric() || !b.dtype().isNumeric()) {
            return Double.POSITIVE_INFINITY;
        }
        double[] x = a.toDoubleArray();
        double[] y = b.toDoubleArray();
        double max = 0;
        for (int i = 0; i < x.length; i++) {
            double difference = Math.abs(x[i] - y[i]);
            if (!Double.isNaN(difference)) {
                max = Math.max(max, difference);
            }
        }
        return max;
    }

    private static boolean close(double x, double y, Tolerance tolerance) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return tolerance.equalNan() && Double.isNaN(x) && Double.isNaN(y);
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return x == y;
        }
        return Math.abs(x - y) <= tolerance.atol() + tolerance.rtol() * Math.abs(y);
    }

    /**
     * The tolerances of {@code numpy.allclose}.
     *
     * @param rtol relative tolerance
     * @param atol absolute tolerance
     * @param equalNan whether NaN equals NaN
     */
    record Tolerance(double rtol, double atol, boolean equalNan) {
        /** numpy's defaults: rtol 1e-05, atol 1e-08, NaN unequal. */
        static final Tolerance NUMPY_DEFAULT = new Tolerance(1e-05, 1e-08, false);
    }
}
