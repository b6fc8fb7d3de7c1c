// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.demo;

import dev.boostscope.trial.Trial;
import java.util.Locale;

/**
 * The notebook's {@code plot_confusion_for_one_step} as text: the confusion matrix of the labels and predictions
 * saved at one step, rows the true class, columns the predicted one.
 *
 * @param step the step
 * @param counts {@code counts[label][predicted]}
 */
record ConfusionText(int step, int[][] counts) {
    /** Reads the labels and predictions at a step and counts them. */
    static ConfusionText at(Trial trial, int step, int classes) {
        double[] labels = trial.tensor("labels").value(step).toDoubleArray();
        double[] predictions = trial.tensor("predictions").value(step).toDoubleArray();
        int[][] counts = new int[classes][classes];
        for (int row = 0; row < labels.length; row++) {
            counts[(int) labels[row]][(int) predictions[row]]++;
        }
        return new ConfusionText(step, counts);
    }

    /** Returns the share of correctly classified rows. */
    double accuracy() {
        long correct = 0;
        long total = 0;
        for (int label = 0; label < counts.length; label++) {
            for (int predicted = 0; predicted < counts.length; predicted++) {
                total += counts[label][predicted];
                correct += label == predicted ? counts[label][predicted] : 0;
            }
        }
        return total == 0 ? 0 : correct / (double) total;
    }

    /** Draws the matrix, a header line first. */
    String render() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "iteration: %d  (accuracy %.4f; rows: label, columns: prediction)%n", step, accuracy()));
        text.append("     ");
        for (int predicted = 0; predicted < counts.length; predicted++) {
            text.append(String.format(Locale.ROOT, "%5d", predicted));
        }
        text.append(System.lineSeparator());
        for (int label = 0; label < counts.length; label++) {
            text.append(String.format(Locale.ROOT, "%5d", label));
            for (int count : counts[label]) {
                text.append(String.format(Locale.ROOT, "%5d", count));
            }
            text.append(System.lineSeparator());
        }
        return text.toString();
    }
}
