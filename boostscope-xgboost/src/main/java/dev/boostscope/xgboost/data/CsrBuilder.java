// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.data;

import java.util.Arrays;
import java.util.List;

/**
 * Collects rows into growing CSR arrays while a file is parsed, then trims them into a {@link Dataset}.
 *
 * <p>Not thread-safe.
 */
final class CsrBuilder {
    private static final int MAX_VALUES = Integer.MAX_VALUE - 8;

    private final String source;
    private float[] labels = new float[256];
    private long[] lines = new long[256];
    private long[] offsets = new long[257];
    private int rows;
    private int[] indices = new int[1 << 12];
    private float[] values = new float[1 << 12];
    private int size;
    private int minColumn = Integer.MAX_VALUE;
    private int maxColumn = -1;

    CsrBuilder(String source) {
        this.source = source;
    }

    void startRow(float label, long line) {
        if (rows == labels.length - 1) {
            int capacity = labels.length * 2;
            labels = Arrays.copyOf(labels, capacity);
            lines = Arrays.copyOf(lines, capacity);
            offsets = Arrays.copyOf(offsets, capacity + 1);
        }
        labels[rows] = label;
        lines[rows] = line;
    }

    void add(int column, float value) {
        if (size == indices.length) {
            grow();
        }
        indices[size] = column;
        values[size++] = value;
        minColumn = Math.min(minColumn, column);
        maxColumn = Math.max(maxColumn, column);
    }

    void endRow() {
        offsets[++rows] = size;
    }

    int rows() {
        return rows;
    }

    int minColumn() {
        return minColumn;
    }

    int maxColumn() {
        return maxColumn;
    }

    /** Moves every column one to the left: the file turned out to be 1-based. */
    void shiftColumnsDown() {
        for (int i = 0; i < size; i++) {
            indices[i]--;
        }
        minColumn--;
        maxColumn--;
    }

    /** Returns the index of the first row holding a column at or beyond {@code columns}, or -1. */
    int firstRowBeyond(int columns) {
        for (int row = 0; row < rows; row++) {
            for (long i = offsets[row]; i < offsets[row + 1]; i++) {
                if (indices[(int) i] >= columns) {
                    return row;
                }
            }
        }
        return -1;
    }

    long line(int row) {
        return lines[row];
    }

    Dataset build(int columns) {
        CsrArrays arrays = new CsrArrays(Arrays.copyOf(labels, rows), Arrays.copyOf(lines, rows),
                Arrays.copyOf(offsets, rows + 1), Arrays.copyOf(indices, size), Arrays.copyOf(values, size));
        return new Dataset(source, columns, arrays, List.of());
    }

    private void grow() {
        if (size >= MAX_VALUES) {
            throw new InputFormatException(source, lines[rows], 0,
                    "input holds more than " + MAX_VALUES + " values, the most one dataset holds", "");
        }
        int capacity = size > MAX_VALUES / 2 ? MAX_VALUES : size * 2;
        indices = Arrays.copyOf(indices, capacity);
        values = Arrays.copyOf(values, capacity);
    }
}
