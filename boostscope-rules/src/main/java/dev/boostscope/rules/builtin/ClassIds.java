// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import dev.boostscope.core.NdArray;
import dev.boostscope.core.RuleException;
import java.util.Locale;

/**
 * Turns XGBoost's {@code labels} and {@code predictions} tensors into class ids.
 *
 * <p>Predictions come in three shapes: class ids (float, {@code multi:softmax}), one probability per row
 * ({@code binary:logistic}, thresholded at 0.5), or one probability per class ({@code multi:softprob}, shape
 * {@code [N, C]}, arg-maxed per row).
 *
 * <p>Thread-safe.
 */
final class ClassIds {
    private ClassIds() {
    }

    /** Returns the class id of each label; labels must be non-negative integers. */
    static int[] labels(String tensor, NdArray labels, int step) {
        double[] values = numeric(tensor, labels, step).toDoubleArray();
        int[] ids = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || values[i] != Math.rint(values[i])) {
                throw new RuleException(String.format(Locale.ROOT,
                        "labels '%s' hold %s at step %d: class labels must be non-negative integers", tensor,
                        Numbers.format(values[i]), step));
            }
            ids[i] = (int) values[i];
        }
        return ids;
    }

    /**
     * Returns the predicted class of each row.
     *
     * @param forceProbabilities SageMaker's {@code argmax}: treat one-column values as probabilities even when they
     *     are all 0 or 1
     */
    static int[] predictions(String tensor, NdArray predictions, int step, boolean forceProbabilities) {
        NdArray numeric = numeric(tensor, predictions, step);
        long[] shape = numeric.shape();
        if (shape.length == 2 && shape[1] > 1) {
            return argmaxRows(numeric.toDoubleArray(), (int) shape[0], (int) shape[1]);
        }
        double[] values = numeric.toDoubleArray();
        if (!forceProbabilities && allClassIds(values)) {
            return labels(tensor, numeric, step);
        }
        int[] ids = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ids[i] = values[i] >= 0.5 ? 1 : 0;
        }
        return ids;
    }

    private static NdArray numeric(String tensor, NdArray array, int step) {
        if (!array.dtype().isNumeric() || array.rank() > 2) {
            throw new RuleException(String.format(Locale.ROOT,
                    "tensor '%s' at step %d must hold numbers of rank 1 or 2: %s %s", tensor, step,
                    array.dtype().numpyName(), java.util.Arrays.toString(array.shape())));
        }
        return array;
    }

    private static boolean allClassIds(double[] values) {
        for (double value : values) {
            if (value < 0 || value != Math.rint(value)) {
                return false;
            }
        }
        return true;
    }

    private static int[] argmaxRows(double[] values, int rows, int columns) {
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
