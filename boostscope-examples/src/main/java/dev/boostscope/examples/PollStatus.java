// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.examples;

import dev.boostscope.jobs.JobDescription;
import dev.boostscope.jobs.TrainingJob;
import dev.boostscope.jobs.state.SecondaryStatus;
import dev.boostscope.jobs.state.StatusTransition;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

/**
 * The notebook's "Checking on the training job status": describe the job until it has started its training cycle,
 * printing {@code time: primary, secondary}, so that debugging is not requested too early. Where the notebook prints
 * the status at each look, this prints each status transition once, with the time it began (UTC), so that a short
 * status between two looks is not missed; {@code ./boostscope demo} prints the same lines.
 *
 * <p>Thread-safe (stateless).
 */
public final class PollStatus {
    /** How often to look: the notebook waits 15 seconds, a local job starts in a few. */
    public static final Duration EVERY = Duration.ofMillis(500);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private PollStatus() {
    }

    /**
     * Polls until the job trains (or has already ended), printing each new status.
     *
     * @param job the running job
     * @param every how often to look
     * @return the last description
     */
    public static JobDescription waitUntilTraining(TrainingJob job, Duration every) {
        JobDescription description = job.describe();
        int printed = 0;
        while (!hasStartedTraining(description)) {
            printed = printNewStatuses(description, printed);
            LockSupport.parkNanos(every.toNanos());
            description = job.describe();
        }
        printNewStatuses(description, printed);
        return description;
    }

    /** The notebook's {@code SecondaryStatus not in ['Training', 'Completed']}, for a job that may also fail. */
    private static boolean hasStartedTraining(JobDescription description) {
        return description.status().isTerminal() || description.status().transitions().stream()
                .anyMatch(transition -> transition.status() == SecondaryStatus.TRAINING);
    }

    private static int printNewStatuses(JobDescription description, int printed) {
        List<StatusTransition> transitions = description.status().transitions();
        for (StatusTransition transition : transitions.subList(printed, transitions.size())) {
            SecondaryStatus secondary = transition.status();
            System.out.println(CLOCK.format(transition.startTime()) + ": " + secondary.primary().wireName() + ", "
                    + secondary.wireName());
        }
        return transitions.size();
    }

    /**
     * Starts the job (or follows the one named) and polls its status until it trains.
     *
     * @param args optional: the jobs home (default: a new temporary folder), then the name of a job started there
     *     (default: a new job)
     * @throws IOException if the data cannot be written
     */
    public static void main(String[] args) throws IOException {
        TrainingJob job = FitWithoutWaiting.jobFromArgs(args);
        System.out.println("Training job name: " + job.name());
        waitUntilTraining(job, EVERY);
    }
}
