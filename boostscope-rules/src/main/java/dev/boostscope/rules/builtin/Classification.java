// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import dev.boostscope.core.RuleException;
import dev.boostscope.trial.Trial;
import java.util.Locale;

/**
 * One step's labels and predictions as class ids, row for row.
 *
 * @param labelsTensor the labels tensor name
 * @param predictionsTensor the predictions tensor name
 * @param labels the true class of each row
 * @param predictions the predicted class of each row
 *
 * <p>Immutable by convention: the arrays are not copied and must not be changed.
 */
record Classification(String labelsTensor, String predictionsTensor, int[] labels, int[] predictions) {

    /**
     * Reads a labels and a predictions tensor at a step.
     *
     * @throws RuleException if their row counts differ or the values are not classes
     */
    static Classification read(Trial trial, String labelsTensor, String predictionsTensor, int step,
            boolean forceProbabilities) {
        int[] labels = ClassIds.labels(labelsTensor, trial.tensor(labelsTensor).value(step), step);
        int[] predictions = ClassIds.predictions(predictionsTensor, trial.tensor(predictionsTensor).value(step), step,
                forceProbabilities);
        if (labels.length != predictions.length) {
            throw new RuleException(String.format(Locale.ROOT,
                    "labels '%s' have %d rows but predictions '%s' have %d at step %d", labelsTensor, labels.length,
                    predictionsTensor, predictions.length, step));
        }
        return new Classification(labelsTensor, predictionsTensor, labels, predictions);
    }

    /** Returns one more than the largest class id seen in labels or predictions. */
    int classCount() {
        int max = -1;
        for (int i = 0; i < labels.length; i++) {
            max = Math.max(max, Math.max(labels[i], predictions[i]));
        }
        return max + 1;
    }
}
