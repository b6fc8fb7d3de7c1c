// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The median the benchmark mains report: of an even count, the mean of the two middle values.
 *
 * <p>Stateless; thread-safe.
 */
public final class Medians {
    private Medians() {
    }

    /**
     * Returns the median of one measure of several runs.
     *
     * @param runs the runs, at least one
     * @param measure what to take from each run
     * @param <T> the run type
     * @return the median
     */
    public static <T> double of(List<T> runs, ToDoubleFunction<T> measure) {
        return of(runs.stream().mapToDouble(measure).toArray());
    }

    /**
     * Returns the median of values.
     *
     * @param values at least one value; not changed
     * @return the median
     */
    public static double of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a median needs at least one value");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
