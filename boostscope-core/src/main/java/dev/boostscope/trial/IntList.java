// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import java.util.Arrays;

/**
 * A sorted set of ints in one growable array: appending a larger value is O(1), inserting an older one is a shift.
 * Used for the steps at which a tensor was saved, so that 100,000 steps cost 400 KB rather than 100,000 boxed keys.
 *
 * <p>Not thread-safe: guarded by the owning {@link TrialIndex}'s lock.
 */
final class IntList {
    private int[] values = new int[4];
    private int size;

    /**
     * Adds a value if absent, keeping the order.
     *
     * @param value the value
     */
    void add(int value) {
        if (size > 0 && value <= values[size - 1]) {
            int at = Arrays.binarySearch(values, 0, size, value);
            if (at >= 0) {
                return;
            }
            insert(-at - 1, value);
            return;
        }
        insert(size, value);
    }

    int size() {
        return size;
    }

    int get(int index) {
        return values[index];
    }

    /**
     * Returns how many values are at most a bound.
     *
     * @param bound the bound
     * @return the count of values {@code <= bound}
     */
    int countAtMost(int bound) {
        if (size == 0 || bound >= values[size - 1]) {
            return size;
        }
        int at = Arrays.binarySearch(values, 0, size, bound);
        return at >= 0 ? at + 1 : -at - 1;
    }

    int[] toArray(int count) {
        return Arrays.copyOf(values, count);
    }

    private void insert(int at, int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1) + 1);
        }
        System.arraycopy(values, at, values, at + 1, size - at);
        values[at] = value;
        size++;
    }
}
