// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.examples;

import dev.boostscope.trial.Trial;
import dev.boostscope.xgboost.TrainingResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * The notebook's {@code plot_confusion_for_one_step}: the confusion matrix of {@code trial.tensor("labels")} and
 * {@code trial.tensor("predictions")} at one step, printed as counts (rows: label, columns: prediction).
 *
 * <p>Thread-safe (stateless).
 */
public final class ConfusionPerStep {
    private ConfusionPerStep() {
    }

    /**
     * Counts the labels against the predictions at a step.
     *
     * @param trial the trial
     * @param step the step
     * @return {@code cm[label][prediction]}
     */
    public static int[][] confusionMatrix(Trial trial, int step) {
        double[] labels = trial.tensor("labels").value(step).toDoubleArray();
        double[] predictions = trial.tensor("predictions").value(step).toDoubleArray();
        int[][] cm = new int[10][10];
        for (int row = 0; row < labels.length; row++) {
            cm[(int) labels[row]][(int) predictions[row]]++;
        }
        return cm;
    }

    /**
     * Prints the confusion matrix at a step.
     *
     * @param trial the trial
     * @param step the step
     */
    public static void plotConfusionForOneStep(Trial trial, int step) {
        StringBuilder text = new StringBuilder();
        for (int[] row : confusionMatrix(trial, step)) {
            for (int count : row) {
                text.append(String.format(Locale.ROOT, "%5d", count));
            }
            text.append(System.lineSeparator());
        }
        System.out.print(text);
        System.out.println("iteration: " + step);
    }

    /**
     * Trains, then prints the confusion matrix at every saved step.
     *
     * @param args optional: the run's folder
     * @throws IOException if the data cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("boostscope-example");
        CompletableFuture<TrainingResult> job = FitWithoutWaiting.fit(folder);
        job.join().booster().dispose();
        try (Trial trial = CreateTrial.createTrial(FitWithoutWaiting.debuggerArtifactsPath(folder))) {
            trial.waitForSteps(java.util.List.of(0), Duration.ofMinutes(1));
            for (int step : trial.tensor("predictions").steps()) {
                plotConfusionForOneStep(trial, step);
            }
        }
    }
}
