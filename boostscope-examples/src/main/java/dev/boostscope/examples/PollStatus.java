// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.examples;

import dev.boostscope.xgboost.TrainingResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/**
 * The notebook's "Checking on the training job status": poll until the job has started its training cycle, printing
 * {@code time: primary, secondary}, so that debugging is not requested too early.
 *
 * <p>Thread-safe (stateless).
 */
public final class PollStatus {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private PollStatus() {
    }

    /**
     * Returns the job's status as {@code primary, secondary}: Training once the debugger has written its first
     * files.
     *
     * @param job the running training
     * @param trialPath where its debugger writes
     * @return the status text
     */
    public static String status(CompletableFuture<TrainingResult> job, String trialPath) {
        if (job.isDone()) {
            return job.isCompletedExceptionally() ? "Failed, Failed" : "Completed, Completed";
        }
        return Files.isDirectory(Path.of(trialPath)) ? "InProgress, Training" : "InProgress, Starting";
    }

    /**
     * Polls until the job trains (or has ended).
     *
     * @param job the running training
     * @param trialPath where its debugger writes
     * @param every how often to look (the notebook: 15 seconds)
     */
    public static void waitUntilTraining(CompletableFuture<TrainingResult> job, String trialPath, Duration every) {
        String description = status(job, trialPath);
        while (description.startsWith("InProgress, Starting")) {
            System.out.println(CLOCK.format(LocalTime.now(ZoneOffset.UTC)) + ": " + description);
            LockSupport.parkNanos(every.toNanos());
            description = status(job, trialPath);
        }
        System.out.println(CLOCK.format(LocalTime.now(ZoneOffset.UTC)) + ": " + description);
    }

    /**
     * Starts the job and polls its status.
     *
     * @param args optional: the run's folder
     * @throws IOException if the data cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("boostscope-example");
        CompletableFuture<TrainingResult> job = FitWithoutWaiting.fit(folder);
        waitUntilTraining(job, FitWithoutWaiting.debuggerArtifactsPath(folder), Duration.ofMillis(500));
        job.join().booster().dispose();
    }
}
