// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.data;

import java.util.Locale;

/**
 * Checks CSR arrays handed to {@link Dataset#of} by callers (the parsers' own output is correct by construction).
 *
 * <p>Stateless and thread-safe.
 */
final class CsrChecks {
    private CsrChecks() {
    }

    static void check(float[] labels, long[] rowOffsets, int[] columnIndices, float[] values, int columns) {
        require(columns >= 0, "columns must not be negative: %d", columns);
        require(rowOffsets.length == labels.length + 1,
                "row offsets must be one more than the labels: %d offsets for %d labels", rowOffsets.length,
                labels.length);
        require(columnIndices.length == values.length,
                "column indices and values must have the same length: %d and %d", columnIndices.length, values.length);
        require(rowOffsets[0] == 0 && rowOffsets[labels.length] == values.length,
                "row offsets must run from 0 to the number of values %d: %d .. %d", values.length, rowOffsets[0],
                rowOffsets[labels.length]);
        for (int row = 0; row < labels.length; row++) {
            require(Float.isFinite(labels[row]), "label of row %d must be finite: %s", row, labels[row]);
            require(rowOffsets[row] <= rowOffsets[row + 1], "row offsets must not decrease: %d then %d at row %d",
                    rowOffsets[row], rowOffsets[row + 1], row);
            checkRow(columnIndices, rowOffsets[row], rowOffsets[row + 1], columns, row);
        }
    }

    private static void checkRow(int[] columnIndices, long from, long to, int columns, int row) {
        int previous = -1;
        for (int i = (int) from; i < to; i++) {
            int column = columnIndices[i];
            require(column > previous && column < columns,
                    "column indices must increase within a row and lie in [0, %d): %d after %d in row %d", columns,
                    column, previous, row);
            previous = column;
        }
    }

    private static void require(boolean condition, String format, Object... arguments) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, format, arguments));
        }
    }
}
