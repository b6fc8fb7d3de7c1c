// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.examples;

import dev.boostscope.app.view.model.ConfusionMatrix;
import dev.boostscope.app.view.model.ProblemType;
import dev.boostscope.core.NdArray;
import dev.boostscope.jobs.JobDescription;
import dev.boostscope.jobs.TrainingJob;
import dev.boostscope.trial.Trial;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The notebook's {@code plot_confusion_for_one_step}: the confusion matrix of {@code trial.tensor("labels")} and
 * {@code trial.tensor("predictions")} at one step, printed as counts (rows: true digit, columns: predicted digit)
 * where the notebook draws a heatmap.
 *
 * <p>Thread-safe (stateless).
 */
public final class ConfusionPerStep {
    private ConfusionPerStep() {
    }

    /**
     * Counts the labels against the predictions at a step, as scikit-learn's {@code confusion_matrix}.
     *
     * @param trial the trial
     * @param step a saved step
     * @return the matrix; its counts add up to the validation rows
     */
    public static ConfusionMatrix confusionMatrix(Trial trial, int step) {
        double[] labels = trial.tensor("labels").value(step).toDoubleArray();
        NdArray predictions = trial.tensor("predictions").value(step); // class ids: multi:softmax
        return ConfusionMatrix.compute(labels, predictions, ProblemType.MULTICLASS);
    }

    /**
     * Prints the confusion matrix at a step.
     *
     * @param trial the trial
     * @param step a saved step
     */
    public static void plotConfusionForOneStep(Trial trial, int step) {
        ConfusionMatrix cm = confusionMatrix(trial, step);
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "confusion matrix at step %d: rows true, columns predicted; accuracy %.1f%%%n      ", step,
                100 * cm.accuracy()));
        cm.labels().forEach(label -> text.append(String.format(Locale.ROOT, "%6s", label)));
        for (int truth = 0; truth < cm.classCount(); truth++) {
            text.append(String.format(Locale.ROOT, "%n%6s", cm.labels().get(truth)));
            for (int predicted = 0; predicted < cm.classCount(); predicted++) {
                text.append(String.format(Locale.ROOT, "%6d", cm.count(truth, predicted)));
            }
        }
        System.out.println(text);
        System.out.println("iteration: " + step);
    }

    /**
     * Starts the job (or follows the one named) and prints the confusion matrix of its first saved step as soon as
     * the step lands, while the job goes on training.
     *
     * @param args optional: the jobs home (default: a new temporary folder), then the name of a job started there
     *     (default: a new job)
     * @throws IOException if the data cannot be written
     */
    public static void main(String[] args) throws IOException {
        TrainingJob job = FitWithoutWaiting.jobFromArgs(args);
        System.out.println("Training job name: " + job.name());
        JobDescription description = PollStatus.waitUntilTraining(job, PollStatus.EVERY);
        try (Trial trial = CreateTrial.createTrial(description.debuggerArtifactsPath())) {
            trial.waitForSteps(List.of(0), CreateTrial.FIRST_STEP_TIMEOUT);
            plotConfusionForOneStep(trial, 0);
        }
    }
}
