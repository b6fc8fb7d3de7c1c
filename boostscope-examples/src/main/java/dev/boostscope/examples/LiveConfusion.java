// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.examples;

import dev.boostscope.jobs.JobDescription;
import dev.boostscope.jobs.TrainingJob;
import dev.boostscope.trial.Trial;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * The notebook's "Visualizing confusion matrix of a running training job" ({@code
 * plot_and_update_confusion_for_all_steps}): while the job trains, draw each new step's confusion matrix as it lands,
 * until the trial has loaded all steps. {@code ./boostscope demo} draws the same frames with the terminal view.
 *
 * <p>Thread-safe (stateless).
 */
public final class LiveConfusion {
    /** How often to look for new steps: the notebook pauses 5 seconds. */
    public static final Duration EVERY = Duration.ofMillis(500);

    private LiveConfusion() {
    }

    /**
     * Draws every step as it lands, until the trial has loaded all steps or the job has ended. Blocks.
     *
     * @param trial the trial of a running job
     * @param job the job, whose end also ends the loop if it fails before the trial's end marker
     * @param every how often to look for new steps
     * @return the steps drawn, in order
     */
    public static List<Integer> plotAndUpdateConfusionForAllSteps(Trial trial, TrainingJob job, Duration every) {
        List<Integer> renderedSteps = new ArrayList<>();
        boolean ended = false;
        while (!ended) {
            // trial.loadedAllSteps() is how the trial sees that the training job has ended
            ended = trial.loadedAllSteps() || job.describe().status().isTerminal();
            trial.refresh();
            for (int step : trial.steps()) { // the complete steps, oldest first
                if (!renderedSteps.contains(step)) { // plot only from the newer chunk
                    ConfusionPerStep.plotConfusionForOneStep(trial, step);
                    renderedSteps.add(step);
                }
            }
            if (!ended) {
                LockSupport.parkNanos(every.toNanos());
            }
        }
        return renderedSteps;
    }

    /**
     * Starts the job (or follows the one named), opens its trial while it trains, draws the confusion matrix live
     * and prints how the job ended.
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
            System.out.println("rendered steps: " + plotAndUpdateConfusionForAllSteps(trial, job, EVERY));
        }
        // After training the job uploads its model, then it is Completed.
        JobDescription end = job.waitFor(Duration.ofMinutes(5));
        System.out.println("training job " + job.name() + ": " + end.trainingJobStatus().wireName() + ", "
                + end.secondaryStatus().wireName());
    }
}
