// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.data;

import java.util.Locale;
import java.util.Objects;

/**
 * How {@link DatasetReader} reads a file: the format, how LIBSVM indices map to columns, and optionally a fixed number
 * of columns.
 *
 * <p>A fixed column count keeps a training and a validation file the same width even where the validation file never
 * uses the last columns; an index at or beyond it is an error. With {@code columns == 0} the width is the largest
 * column seen plus one (CSV: the number of feature fields).
 *
 * <p>Immutable.
 *
 * @param format the text format
 * @param indexBase how LIBSVM indices map to columns; ignored for CSV
 * @param columns the fixed number of columns, or 0 to infer it from the data
 */
public record ReadOptions(InputFormat format, IndexBase indexBase, int columns) {
    /**
     * Checks the options.
     *
     * @throws IllegalArgumentException if {@code columns} is negative
     */
    public ReadOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(indexBase, "indexBase");
        if (columns < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "columns must be 0 (infer) or positive: %d", columns));
        }
    }

    /**
     * Returns the options for LIBSVM with indices taken as written and the width inferred.
     *
     * @return LIBSVM options
     */
    public static ReadOptions libsvm() {
        return new ReadOptions(InputFormat.LIBSVM, IndexBase.ZERO, 0);
    }

    /**
     * Returns the options for CSV with the width inferred.
     *
     * @return CSV options
     */
    public static ReadOptions csv() {
        return new ReadOptions(InputFormat.CSV, IndexBase.ZERO, 0);
    }

    /**
     * Returns these options with another index base.
     *
     * @param base how LIBSVM indices map to columns
     * @return the new options
     */
    public ReadOptions withIndexBase(IndexBase base) {
        return new ReadOptions(format, base, columns);
    }

    /**
     * Returns these options with a fixed number of columns.
     *
     * @param count the number of columns, or 0 to infer it
     * @return the new options
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public ReadOptions withColumns(int count) {
        return new ReadOptions(format, indexBase, count);
    }
}
