// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs;

import dev.boostscope.jobs.spec.JobSpec;
import dev.boostscope.jobs.spec.JobSpecs;
import dev.boostscope.jobs.state.JobDirectory;
import dev.boostscope.jobs.state.JobLiveness;
import dev.boostscope.jobs.state.JobStatus;
import dev.boostscope.jobs.state.SecondaryStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.locks.LockSupport;

/**
 * A handle on one training job of a jobs home, as the SageMaker SDK's {@code latest_training_job}: describe it, stop
 * it, wait for it, read its log. The job runs in its own process; the handle only reads and writes its folder, so any
 * number of handles (in any process) may exist for one job.
 *
 * <p>Thread-safe.
 */
public final class TrainingJob {
    /** The stop reason recorded when a user stops a job. */
    public static final String USER_STOP_REASON = "a stop was requested (StopTrainingJob)";
    private static final Duration POLL = Duration.ofMillis(200);

    private final JobDirectory directory;
    private final InstantSource clock;

    TrainingJob(JobDirectory directory, InstantSource clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Returns the job's name.
     *
     * @return the name
     */
    public String name() {
        return directory.name();
    }

    /**
     * Returns the job's folder.
     *
     * @return the folder holding spec, status, log and model
     */
    public Path directory() {
        return directory.path();
    }

    /**
     * Describes the job, as DescribeTrainingJob. A job whose process died without reporting is marked Failed first.
     * Blocks on I/O.
     *
     * @return the description
     */
    public JobDescription describe() {
        JobSpec spec = JobSpecs.parse(directory.read(JobDirectory.SPEC),
                directory.file(JobDirectory.SPEC).toString());
        JobStatus status = JobLiveness.using(clock).reconcile(directory, directory.readStatus());
        return new JobDescription(spec, status, directory.readProgress().orElse(null), directory.path());
    }

    /**
     * Requests a stop, as StopTrainingJob: the status moves to Stopping at once and the job ends Stopped after the
     * current round, its data flushed. Does nothing if the job has already ended. Blocks on I/O.
     *
     * @return true if a stop was requested, false if the job had already ended
     */
    public boolean stop() {
        if (describe().status().isTerminal()) {
            return false;
        }
        directory.requestStop(USER_STOP_REASON);
        JobStatus after = directory.update(status -> {
            if (status.isTerminal() || status.secondaryStatus() == SecondaryStatus.STOPPING) {
                return status;
            }
            return status.withStopReason(USER_STOP_REASON).advance(SecondaryStatus.STOPPING,
                    "Stopping the training job: " + USER_STOP_REASON, clock.instant());
        });
        return after.secondaryStatus() == SecondaryStatus.STOPPING;
    }

    /**
     * Waits until the job ends or the timeout passes, polling its status. Blocks.
     *
     * @param timeout how long to wait at most
     * @return the last description: ended, or still running if the timeout passed first
     */
    public JobDescription waitFor(Duration timeout) {
        Instant deadline = clock.instant().plus(timeout);
        JobDescription description = describe();
        while (!description.status().isTerminal() && clock.instant().isBefore(deadline)) {
            LockSupport.parkNanos(POLL.toNanos());
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                break;
            }
            description = describe();
        }
        return description;
    }

    /**
     * Returns the job's log so far: the job process's lines and XGBoost's output. Blocks on I/O.
     *
     * @return the log text; empty if nothing was written yet
     */
    public String logs() {
        try {
            return Files.readString(logFile(), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + logFile(), e);
        }
    }

    /**
     * Returns the log file, for following it.
     *
     * @return {@code job.log} in the job's folder
     */
    public Path logFile() {
        return directory.file(JobDirectory.LOG);
    }

    @Override
    public String toString() {
        return "TrainingJob[" + name() + "]";
    }
}
