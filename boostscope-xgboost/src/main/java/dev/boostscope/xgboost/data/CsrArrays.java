// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.data;

/**
 * The arrays behind a {@link Dataset}, passed together: labels and source lines per row, and the CSR matrix.
 *
 * <p>Holds the arrays it is given without copying; only {@link Dataset} and the parsers create it.
 *
 * @param labels one label per row
 * @param lines the 1-based source line of each row
 * @param rowOffsets {@code rows + 1} offsets into the values
 * @param columnIndices the column of each stored value
 * @param values the stored values
 */
record CsrArrays(float[] labels, long[] lines, long[] rowOffsets, int[] columnIndices, float[] values) {
}
