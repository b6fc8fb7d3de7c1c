// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.examples;

import dev.boostscope.trial.Trial;
import dev.boostscope.xgboost.TrainingResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/**
 * The notebook's "Visualizing confusion matrix of a running training job" ({@code
 * plot_and_update_confusion_for_all_steps}): while the job trains, draw each new step's confusion matrix;
 * {@code trial.loadedAllSteps()} tells when the job has ended and every step is there.
 *
 * <p>Thread-safe (stateless).
 */
public final class LiveConfusion {
    private LiveConfusion() {
    }

    /**
     * Draws every step as it lands, until the trial has loaded all steps.
     *
     * @param trial the trial of a running job
     * @param every how often to look for new steps (the notebook pauses 5 seconds)
     * @return the steps drawn, in order
     */
    public static Set<Integer> plotAndUpdateConfusionForAllSteps(Trial trial, Duration every) {
        Set<Integer> renderedSteps = new TreeSet<>();
        while (true) {
            boolean ended = trial.loadedAllSteps();
            trial.refresh();
            int complete = ended ? Integer.MAX_VALUE : trial.lastCompleteStep().orElse(-1);
            for (int step : trial.steps()) {
                // plot only from the newer chunk
                if (step <= complete && trial.hasTensor("predictions") && renderedSteps.add(step)) {
                    ConfusionPerStep.plotConfusionForOneStep(trial, step);
                }
            }
            if (ended) {
                return renderedSteps;
            }
            LockSupport.parkNanos(every.toNanos());
        }
    }

    /**
     * Starts the job, opens its trial and draws the confusion matrix live.
     *
     * @param args optional: the run's folder
     * @throws IOException if the data cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("boostscope-example");
        CompletableFuture<TrainingResult> job = FitWithoutWaiting.fit(folder);
        try (Trial trial = CreateTrial.createTrial(FitWithoutWaiting.debuggerArtifactsPath(folder))) {
            System.out.println("rendered steps: " + plotAndUpdateConfusionForAllSteps(trial, Duration.ofMillis(500)));
        }
        job.join().booster().dispose();
    }
}
