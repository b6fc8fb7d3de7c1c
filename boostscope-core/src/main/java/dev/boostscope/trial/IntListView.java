// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An unmodifiable {@code List<Integer>} over a private int array: how step lists are returned without boxing 100,000
 * integers up front.
 *
 * <p>Immutable and thread-safe.
 */
final class IntListView extends AbstractList<Integer> implements RandomAccess {
    private final int[] values;

    private IntListView(int[] values) {
        this.values = values;
    }

    /**
     * Wraps an array the caller gives up.
     *
     * @param values the values; not copied, never changed afterwards
     * @return the list
     */
    static IntListView wrap(int[] values) {
        return new IntListView(values);
    }

    @Override
    public Integer get(int index) {
        return values[index];
    }

    @Override
    public int size() {
        return values.length;
    }
}
