// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import dev.boostscope.core.NdArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A confusion matrix: rows are true classes, columns predicted classes (as scikit-learn's), with each row also
 * normalised to sum to 1, which is what the heatmaps colour by (the notebook's {@code normalized_cm}).
 *
 * <p>Immutable.
 *
 * @param labels the class labels, one per row and column
 * @param counts {@code counts[t][p]}: how many rows of true class {@code t} were predicted {@code p}
 * @param rowNormalized each count divided by its row's total; 0 in a row with no rows
 */
public record ConfusionMatrix(List<String> labels, List<List<Integer>> counts, List<List<Double>> rowNormalized) {
    private static final double TOLERANCE = 1e-9;

    /**
     * Validates and copies.
     *
     * @param labels the class labels
     * @param counts the counts, square, as many rows as labels, none negative
     * @param rowNormalized the normalised counts; must match {@code counts}
     * @throws IllegalArgumentException if the shapes disagree, a count is negative or the normalisation is wrong
     */
    public ConfusionMatrix {
        labels = List.copyOf(labels);
        counts = copySquare(counts, labels.size(), "counts");
        rowNormalized = copySquare(rowNormalized, labels.size(), "rowNormalized");
        List<List<Double>> expected = normalise(counts);
        for (int row = 0; row < labels.size(); row++) {
            for (int column = 0; column < labels.size(); column++) {
                if (counts.get(row).get(column) < 0) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "counts must not be negative: %d at [%d][%d]", counts.get(row).get(column), row, column));
                }
                if (Math.abs(expected.get(row).get(column) - rowNormalized.get(row).get(column)) > TOLERANCE) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "rowNormalized must be counts over row totals: %s at [%d][%d], expected %s",
                            rowNormalized.get(row).get(column), row, column, expected.get(row).get(column)));
                }
            }
        }
    }

    /**
     * Returns the matrix with no classes: what a view shows before labels and predictions arrive.
     *
     * @return a 0 by 0 matrix
     */
    public static ConfusionMatrix empty() {
        return of(List.of(), List.of());
    }

    /**
     * Returns whether the matrix has classes.
     *
     * @return false for {@link #empty()}
     */
    public boolean hasData() {
        return !labels.isEmpty();
    }

    /**
     * Returns a matrix from counts, normalising each row.
     *
     * @param labels the class labels
     * @param counts the counts, {@code counts[true][predicted]}
     * @return the matrix
     * @throws IllegalArgumentException if the shapes disagree or a count is negative
     */
    public static ConfusionMatrix of(List<String> labels, List<List<Integer>> counts) {
        return new ConfusionMatrix(labels, counts, normalise(counts));
    }

    /**
     * Computes the matrix of one step from its labels and predictions. Predictions may be class ids
     * ({@code multi:softmax}, shape {@code (N)}), a probability matrix ({@code multi:softprob}, {@code (N, K)}: the
     * highest column wins) or binary probabilities ({@code (N)}, over 0.5 is class 1). Classes are {@code 0..K-1}.
     *
     * @param labels the true class ids, one per row
     * @param predictions the predictions
     * @param type {@link ProblemType#BINARY} or {@link ProblemType#MULTICLASS}
     * @return the matrix
     * @throws IllegalArgumentException if the row counts differ, the type is not a classification or the labels are
     *     not class ids
     */
    public static ConfusionMatrix compute(double[] labels, NdArray predictions, ProblemType type) {
        if (!type.isClassification()) {
            throw new IllegalArgumentException("confusion matrix needs a classification problem: " + type);
        }
        int[] truth = PredictionDecoder.labelIds(labels);
        int[] predicted = PredictionDecoder.classIds(predictions, type);
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "labels and predictions must have as many rows: %d labels, %d predictions",
                    truth.length, predicted.length));
        }
        int classes = PredictionDecoder.classCount(predictions, truth, predicted);
        int[][] counts = new int[classes][classes];
        for (int i = 0; i < truth.length; i++) {
            counts[truth[i]][predicted[i]]++;
        }
        return of(classLabels(classes), toLists(counts));
    }

    /**
     * Returns the labels {@code "0"} to {@code "k-1"}.
     *
     * @param classes the number of classes
     * @return the labels
     */
    public static List<String> classLabels(int classes) {
        List<String> labels = new ArrayList<>(classes);
        for (int i = 0; i < classes; i++) {
            labels.add(Integer.toString(i));
        }
        return List.copyOf(labels);
    }

    /**
     * Returns the number of classes.
     *
     * @return the matrix's side
     */
    public int classCount() {
        return labels.size();
    }

    /**
     * Returns one count.
     *
     * @param trueClass the row
     * @param predictedClass the column
     * @return the count
     */
    public int count(int trueClass, int predictedClass) {
        return counts.get(trueClass).get(predictedClass);
    }

    /**
     * Returns how many rows have a true class: the row's total (the class's support).
     *
     * @param trueClass the row
     * @return the total
     */
    public int rowTotal(int trueClass) {
        return counts.get(trueClass).stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Returns how many rows were predicted as a class: the column's total.
     *
     * @param predictedClass the column
     * @return the total
     */
    public int columnTotal(int predictedClass) {
        return counts.stream().mapToInt(row -> row.get(predictedClass)).sum();
    }

    /**
     * Returns the number of rows counted.
     *
     * @return the sum of all counts
     */
    public int total() {
        return counts.stream().flatMap(List::stream).mapToInt(Integer::intValue).sum();
    }

    /**
     * Returns the share of rows predicted right.
     *
     * @return the diagonal's sum over the total; NaN for an empty matrix
     */
    public double accuracy() {
        int right = 0;
        for (int i = 0; i < classCount(); i++) {
            right += count(i, i);
        }
        int total = total();
        return total == 0 ? Double.NaN : (double) right / total;
    }

    /**
     * Returns the diagonal element of the row-normalised matrix: the share of a class's rows predicted right (its
     * recall), which the report draws over the steps.
     *
     * @param trueClass the class
     * @return the share; NaN if the class has no rows
     */
    public double classAccuracy(int trueClass) {
        int total = rowTotal(trueClass);
        return total == 0 ? Double.NaN : (double) count(trueClass, trueClass) / total;
    }

    private static List<List<Double>> normalise(List<List<Integer>> counts) {
        List<List<Double>> rows = new ArrayList<>(counts.size());
        for (List<Integer> row : counts) {
            double total = row.stream().mapToInt(Integer::intValue).sum();
            List<Double> shares = new ArrayList<>(row.size());
            for (Integer count : row) {
                shares.add(total == 0 ? 0.0 : count / total);
            }
            rows.add(shares);
        }
        return rows;
    }

    private static <T> List<List<T>> copySquare(List<List<T>> rows, int side, String what) {
        if (rows.size() != side) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s must have one row per label (%d): %d rows", what, side, rows.size()));
        }
        List<List<T>> copy = new ArrayList<>(side);
        for (List<T> row : rows) {
            if (row.size() != side) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s must be square (%d columns per row): a row has %d", what, side, row.size()));
            }
            copy.add(List.copyOf(Objects.requireNonNull(row, what)));
        }
        return List.copyOf(copy);
    }

    private static List<List<Integer>> toLists(int[][] counts) {
        List<List<Integer>> rows = new ArrayList<>(counts.length);
        for (int[] row : counts) {
            rows.add(java.util.Arrays.stream(row).boxed().toList());
        }
        return rows;
    }
}
