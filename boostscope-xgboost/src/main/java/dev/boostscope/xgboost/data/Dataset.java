// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.data;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A labelled sparse matrix read from a file: one label per row and the row values in CSR form (row offsets, column
 * indices, values); a missing value is simply not stored. Keeps the labels on the Java side after conversion to an
 * XGBoost {@link DMatrix}.
 *
 * <p>Accessors that return arrays return copies. Two datasets are equal when their rows, labels, columns and feature
 * names are equal, wherever they came from.
 *
 * <p>Immutable and thread-safe.
 */
public final class Dataset {
    private final String source;
    private final int columns;
    private final float[] labels;
    private final long[] rowOffsets;
    private final int[] columnIndices;
    private final float[] values;
    private final long[] lines;
    private final List<String> featureNames;

    /** Takes ownership of the arrays, which the parsers or {@link #of} have already checked. */
    Dataset(String source, int columns, CsrArrays arrays, List<String> featureNames) {
        this.source = source;
        this.columns = columns;
        this.labels = arrays.labels();
        this.lines = arrays.lines();
        this.rowOffsets = arrays.rowOffsets();
        this.columnIndices = arrays.columnIndices();
        this.values = arrays.values();
        this.featureNames = featureNames;
    }

    /**
     * Returns a dataset built from CSR arrays, which are copied and checked.
     *
     * @param labels one label per row, each finite
     * @param rowOffsets {@code rows + 1} offsets into the values, starting at 0 and never decreasing
     * @param columnIndices the column of each value, increasing within a row, each in {@code [0, columns)}
     * @param values the stored values
     * @param columns the number of columns
     * @return the dataset, with source {@code memory}
     * @throws IllegalArgumentException if the arrays do not form such a matrix
     */
    public static Dataset of(float[] labels, long[] rowOffsets, int[] columnIndices, float[] values, int columns) {
        CsrChecks.check(labels, rowOffsets, columnIndices, values, columns);
        long[] lines = new long[labels.length];
        Arrays.setAll(lines, row -> row + 1L);
        return new Dataset("memory", columns,
                new CsrArrays(labels.clone(), lines, rowOffsets.clone(), columnIndices.clone(), values.clone()),
                List.of());
    }

    /**
     * Returns the file or resource this dataset was read from, or {@code memory}.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    /**
     * Returns the number of rows; at least 1 for data read from a file.
     *
     * @return the number of rows
     */
    public int rows() {
        return labels.length;
    }

    /**
     * Returns the number of columns (features).
     *
     * @return the number of columns
     */
    public int columns() {
        return columns;
    }

    /**
     * Returns the number of stored (non-missing) values.
     *
     * @return the number of stored values
     */
    public long nonMissing() {
        return values.length;
    }

    /**
     * Returns a copy of the labels, one per row.
     *
     * @return the labels
     */
    public float[] labels() {
        return labels.clone();
    }

    /**
     * Returns the label of one row.
     *
     * @param row the row, from 0
     * @return its label
     * @throws IndexOutOfBoundsException if there is no such row
     */
    public float label(int row) {
        Objects.checkIndex(row, labels.length);
        return labels[row];
    }

    /**
     * Returns a copy of the row offsets: row {@code r} holds values {@code [offsets[r], offsets[r + 1])}.
     *
     * @return {@code rows() + 1} offsets
     */
    public long[] rowOffsets() {
        return rowOffsets.clone();
    }

    /**
     * Returns a copy of the column index of each stored value.
     *
     * @return the column indices
     */
    public int[] columnIndices() {
        return columnIndices.clone();
    }

    /**
     * Returns a copy of the stored values.
     *
     * @return the values
     */
    public float[] values() {
        return values.clone();
    }

    /**
     * Returns the feature names, one per column, or an empty list when the data has none.
     *
     * @return the feature names, unmodifiable
     */
    public List<String> featureNames() {
        return featureNames;
    }

    /**
     * Returns this dataset with feature names.
     *
     * @param names one name per column
     * @return the new dataset
     * @throws IllegalArgumentException if the count is not {@link #columns()}
     */
    public Dataset withFeatureNames(List<String> names) {
        List<String> copy = List.copyOf(names);
        if (copy.size() != columns) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "feature names must be one per column: got %d names for %d columns", copy.size(), columns));
        }
        return new Dataset(source, columns, new CsrArrays(labels, lines, rowOffsets, columnIndices, values), copy);
    }

    /**
     * Checks that every label is a class index for a multi-class objective: an integer in {@code [0, numClass)}.
     *
     * @param numClass the number of classes, as XGBoost's {@code num_class}
     * @return this dataset
     * @throws IllegalArgumentException if {@code numClass < 2}
     * @throws InputFormatException naming the first row, by source and line, whose label is not a class index
     */
    public Dataset requireClassLabels(int numClass) {
        if (numClass < 2) {
            throw new IllegalArgumentException("num_class must be at least 2: " + numClass);
        }
        for (int row = 0; row < labels.length; row++) {
            float label = labels[row];
            if (label != Math.rint(label) || label < 0 || label >= numClass) {
                throw new InputFormatException(source, lines[row], 0, String.format(Locale.ROOT,
                        "label %s is not a class index: expected an integer in [0, %d) for num_class %d",
                        label == Math.rint(label) ? Integer.toString((int) label) : Float.toString(label),
                        numClass, numClass), "");
            }
        }
        return this;
    }

    /**
     * Returns the rows as a dense row-major array, {@code NaN} where a value is missing.
     *
     * @return {@code rows() * columns()} values
     * @throws IllegalStateException if that is more than an array holds
     */
    public float[] toDense() {
        long size = (long) labels.length * columns;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "%d rows x %d columns is too large for one dense array", labels.length, columns));
        }
        float[] dense = new float[(int) size];
        Arrays.fill(dense, Float.NaN);
        for (int row = 0; row < labels.length; row++) {
            for (int i = (int) rowOffsets[row]; i < rowOffsets[row + 1]; i++) {
                dense[row * columns + columnIndices[i]] = values[i];
            }
        }
        return dense;
    }

    /**
     * Creates an XGBoost matrix of these rows, with the labels and, if any, the feature names set. The caller owns it
     * and should {@link DMatrix#dispose()} it.
     *
     * @return a new matrix
     * @throws XGBoostError if XGBoost rejects the data
     */
    public DMatrix toDMatrix() throws XGBoostError {
        DMatrix matrix = new DMatrix(rowOffsets, columnIndices, values, DMatrix.SparseType.CSR, columns);
        try {
            matrix.setLabel(labels);
            if (!featureNames.isEmpty()) {
                matrix.setFeatureNames(featureNames.toArray(String[]::new));
            }
            return matrix;
        } catch (XGBoostError | RuntimeException e) {
            matrix.dispose();
            throw e;
        }
    }

    /** Returns the 1-based line of the file that row {@code row} came from. */
    long line(int row) {
        return lines[row];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Dataset that && columns == that.columns && Arrays.equals(labels, that.labels)
                && Arrays.equals(rowOffsets, that.rowOffsets) && Arrays.equals(columnIndices, that.columnIndices)
                && Arrays.equals(values, that.values) && featureNames.equals(that.featureNames);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columns, Arrays.hashCode(labels), Arrays.hashCode(values), featureNames);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Dataset[%s: %d rows x %d columns, %d values]",
                source, labels.length, columns, values.length);
    }
}
