// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.examples;

import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import dev.boostscope.xgboost.TrainingResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The notebook's "Retrieving and Analyzing tensors": a <b>Trial</b> is a single run of a training job, with steps,
 * and tensors that have a value at each saved step. It is created while the job runs ({@code create_trial}).
 *
 * <p>Thread-safe (stateless).
 */
public final class CreateTrial {
    private CreateTrial() {
    }

    /**
     * Opens the trial at the debugger's output, even if the job has not written there yet.
     *
     * @param debuggerArtifactsPath the job's {@code latest_job_debugger_artifacts_path()}
     * @return the trial; close it when done
     */
    public static Trial createTrial(String debuggerArtifactsPath) {
        // This is where we create a Trial object that allows access to saved tensors.
        return Trials.newBuilder(debuggerArtifactsPath).allowEmpty(true).open();
    }

    /**
     * Starts the job, opens its trial while it runs and prints what the trial holds at the end.
     *
     * @param args optional: the run's folder
     * @throws IOException if the data cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("boostscope-example");
        CompletableFuture<TrainingResult> job = FitWithoutWaiting.fit(folder);
        String path = FitWithoutWaiting.debuggerArtifactsPath(folder);
        PollStatus.waitUntilTraining(job, path, Duration.ofMillis(500));
        try (Trial trial = createTrial(path)) {
            System.out.println("steps so far: " + trial.steps());
            job.join().booster().dispose();
            trial.waitForSteps(java.util.List.of(0), Duration.ofMinutes(1));
            trial.refresh();
            System.out.println("steps: " + trial.steps());
            System.out.println("tensors: " + trial.tensorNames());
        }
    }
}
