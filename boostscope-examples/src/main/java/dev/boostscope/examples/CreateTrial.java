// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.examples;

import dev.boostscope.jobs.JobDescription;
import dev.boostscope.jobs.TrainingJob;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * The notebook's "Retrieving and Analyzing tensors": a <b>Trial</b> is a single run of a training job, with steps,
 * and tensors that have a value at each saved step. It is created from the job's debugger artifacts path while the
 * job runs ({@code create_trial}); it sees each step as the job writes it.
 *
 * <p>Thread-safe (stateless).
 */
public final class CreateTrial {
    /** How long to wait for the first step: the job loads its data and trains three rounds before it. */
    public static final Duration FIRST_STEP_TIMEOUT = Duration.ofMinutes(5);

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
     * Starts the job (or follows the one named), waits until it trains, opens its trial and prints what the trial
     * holds once the first step has landed; the job goes on training after this program exits.
     *
     * @param args optional: the jobs home (default: a new temporary folder), then the name of a job started there
     *     (default: a new job)
     * @throws IOException if the data cannot be written
     */
    public static void main(String[] args) throws IOException {
        TrainingJob job = FitWithoutWaiting.jobFromArgs(args);
        System.out.println("Training job name: " + job.name());
        JobDescription description = PollStatus.waitUntilTraining(job, PollStatus.EVERY);
        String outputPath = description.debuggerArtifactsPath();
        System.out.println("trial: " + outputPath);
        try (Trial trial = createTrial(outputPath)) {
            // There is a slight delay before the trial sees tensors: the job writes a step once it is complete.
            trial.waitForSteps(List.of(0), FIRST_STEP_TIMEOUT);
            System.out.println("steps so far: " + trial.steps());
            System.out.println("tensors: " + trial.tensorNames());
        }
    }
}
