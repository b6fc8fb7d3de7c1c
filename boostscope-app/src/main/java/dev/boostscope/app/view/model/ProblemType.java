// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import dev.boostscope.core.NdArray;
import java.util.Locale;

/**
 * The kind of task a run trains, which decides the report's sections (as SageMaker's XGBoost report does).
 *
 * <p>Immutable.
 */
public enum ProblemType {
    /** Two classes: {@code binary:*} objectives. */
    BINARY,
    /** More than two classes: {@code multi:*} objectives. */
    MULTICLASS,
    /** A numeric target: {@code reg:*}, {@code count:*}, {@code survival:*} and ranking objectives. */
    REGRESSION,
    /** Not known: no objective was saved and there are no labels or predictions to look at. */
    UNKNOWN;

    /**
     * Returns whether this is a classification task.
     *
     * @return true for {@link #BINARY} and {@link #MULTICLASS}
     */
    public boolean isClassification() {
        return this == BINARY || this == MULTICLASS;
    }

    /**
     * Returns the type an XGBoost objective names.
     *
     * @param objective an objective such as {@code multi:softprob}
     * @return the type, or {@link #UNKNOWN} for an objective this does not know
     */
    public static ProblemType fromObjective(String objective) {
        String prefix = objective.strip().toLowerCase(Locale.ROOT);
        int colon = prefix.indexOf(':');
        prefix = colon < 0 ? prefix : prefix.substring(0, colon);
        switch (prefix) {
            case "binary": return BINARY;
            case "multi": return MULTICLASS;
            case "reg": case "count": case "survival": case "rank": return REGRESSION;
            default: return UNKNOWN;
        }
    }

    /**
     * Guesses the type from one step's labels and predictions, for runs that did not save their objective: a
     * probability matrix is classification; whole-number labels with whole-number predictions are class ids; 0/1
     * labels with predictions in [0, 1] are binary probabilities; anything else is regression.
     *
     * @param labels the true labels
     * @param predictions the predictions, {@code (N)}, {@code (N, 1)} or {@code (N, K)}
     * @return the type; never {@link #UNKNOWN}
     */
    public static ProblemType detect(double[] labels, NdArray predictions) {
        if (PredictionDecoder.isProbabilityMatrix(predictions)) {
            return predictions.shape()[1] == 2 ? BINARY : MULTICLASS;
        }
        double[] values = predictions.toDoubleArray();
        if (allWholeNonNegative(labels) && allWholeNonNegative(values)) {
            return max(labels) <= 1 && max(values) <= 1 ? BINARY : MULTICLASS;
        }
        if (allWholeNonNegative(labels) && max(labels) <= 1 && allWithin01(values)) {
            return BINARY;
        }
        return REGRESSION;
    }

    private static boolean allWholeNonNegative(double[] values) {
        for (double value : values) {
            if (!(value >= 0) || value != Math.rint(value)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allWithin01(double[] values) {
        for (double value : values) {
            if (!(value >= 0 && value <= 1)) {
                return false;
            }
        }
        return true;
    }

    private static double max(double[] values) {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }
}
