// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import dev.boostscope.core.NdArray;
import java.util.Arrays;
import java.util.Locale;

/**
 * Turns saved predictions into class ids and scores: class ids as {@code multi:softmax} saves them ({@code (N)}),
 * probability matrices as {@code multi:softprob} saves them ({@code (N, K)}, argmax), and binary probabilities or
 * margins ({@code (N)}, threshold 0.5, or 0 when a value falls outside [0, 1]).
 *
 * <p>Stateless; thread-safe.
 */
final class PredictionDecoder {
    private PredictionDecoder() {
    }

    static boolean isProbabilityMatrix(NdArray predictions) {
        long[] shape = predictions.shape();
        return shape.length == 2 && shape[1] >= 2;
    }

    /** Returns the predicted class of each row. */
    static int[] classIds(NdArray predictions, ProblemType type) {
        if (isProbabilityMatrix(predictions)) {
            return argmax(predictions);
        }
        double[] values = predictions.toDoubleArray();
        if (type == ProblemType.BINARY && !allWhole(values)) {
            double threshold = binaryThreshold(values);
            return Arrays.stream(values).mapToInt(v -> v > threshold ? 1 : 0).toArray();
        }
        int[] ids = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ids[i] = classId(values[i], "predictions", i);
        }
        return ids;
    }

    /** Returns the score of the positive class of each row, for a binary ROC curve. */
    static double[] positiveScores(NdArray predictions) {
        if (!isProbabilityMatrix(predictions)) {
            return predictions.toDoubleArray();
        }
        int rows = (int) predictions.shape()[0];
        int columns = (int) predictions.shape()[1];
        if (columns != 2) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "binary scores need (N) or (N, 2) predictions: (%d, %d)", rows, columns));
        }
        double[] scores = new double[rows];
        for (int row = 0; row < rows; row++) {
            scores[row] = predictions.getDouble(row * 2 + 1);
        }
        return scores;
    }

    /** Returns the labels as class ids. */
    static int[] labelIds(double[] labels) {
        int[] ids = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            ids[i] = classId(labels[i], "labels", i);
        }
        return ids;
    }

    /** Returns the number of classes: the probability matrix's width, else the highest id seen plus one. */
    static int classCount(NdArray predictions, int[] labelIds, int[] predictedIds) {
        int highest = 1;
        for (int id : labelIds) {
            highest = Math.max(highest, id);
        }
        for (int id : predictedIds) {
            highest = Math.max(highest, id);
        }
        int seen = highest + 1;
        return isProbabilityMatrix(predictions) ? Math.max(seen, (int) predictions.shape()[1]) : seen;
    }

    private static double binaryThreshold(double[] values) {
        for (double value : values) {
            if (value < 0 || value > 1) {
                return 0.0;
            }
        }
        return 0.5;
    }

    private static boolean allWhole(double[] values) {
        for (double value : values) {
            if (value != Math.rint(value) || value < 0) {
                return false;
            }
        }
        return true;
    }

    private static int classId(double value, String what, int row) {
        if (!(value >= 0) || value != Math.rint(value) || value > 100_000) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s must hold class ids (whole numbers from 0): %s at row %d", what, value, row));
        }
        return (int) value;
    }

    private static int[] argmax(NdArray probabilities) {
        int rows = (int) probabilities.shape()[0];
        int columns = (int) probabilities.shape()[1];
        double[] values = probabilities.toDoubleArray();
        int[] ids = new int[rows];
        for (int row = 0; row < rows; row++) {
            int best = 0;
            for (int column = 1; column < columns; column++) {
                if (values[row * columns + column] > values[row * columns + best]) {
                    best = column;
                }
            }
            ids[row] = best;
        }
        return ids;
    }
}
