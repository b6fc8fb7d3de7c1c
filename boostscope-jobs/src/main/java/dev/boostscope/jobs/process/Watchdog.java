// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import dev.boostscope.jobs.state.JobDirectory;
import dev.boostscope.jobs.state.JobLiveness;
import dev.boostscope.jobs.state.SecondaryStatus;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The job process's background duties, on one daemon thread: the heartbeat, the watch for a stop request file, and
 * the run-time limit. A stop (from the file, the limit or a rule) sets the {@link StopFlag} the training loop reads
 * between rounds and moves the status to Stopping.
 *
 * <p>Thread-safe.
 */
final class Watchdog implements AutoCloseable {
    private static final long STOP_POLL_MILLIS = 200;

    private final JobDirectory directory;
    private final StopFlag stop;
    private final InstantSource clock;
    private final JobLog log;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "boostscope-job-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    Watchdog(JobDirectory directory, StopFlag stop, InstantSource clock, JobLog log) {
        this.directory = directory;
        this.stop = stop;
        this.clock = clock;
        this.log = log;
    }

    void start() {
        heartbeat();
        executor.scheduleWithFixedDelay(this::heartbeat, JobLiveness.HEARTBEAT_INTERVAL.toMillis(),
                JobLiveness.HEARTBEAT_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::checkStopFile, 0, STOP_POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Starts the run-time clock: the job stops at the first round boundary after the limit. */
    void limitRuntime(Duration limit, long seconds) {
        executor.schedule(() -> requestStop(StopCause.maxRuntime(seconds)), limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Requests a stop, moving the status to Stopping; later requests are ignored. */
    void requestStop(StopCause cause) {
        if (!stop.request(cause)) {
            return;
        }
        log.info("stopping after the current round: %s", cause.reason());
        directory.update(status -> {
            if (status.isTerminal()) {
                return status;
            }
            var withReason = status.withStopReason(cause.reason());
            return status.secondaryStatus() == SecondaryStatus.STOPPING ? withReason
                    : withReason.advance(SecondaryStatus.STOPPING, "Stopping the training job: " + cause.reason(),
                            clock.instant());
        });
    }

    private void heartbeat() {
        try {
            directory.writeHeartbeat(clock.instant());
        } catch (RuntimeException e) {
            log.info("heartbeat not written: %s", e.getMessage());
        }
    }

    private void checkStopFile() {
        try {
            Optional<String> request = stop.isRequested() ? Optional.empty() : directory.stopRequest();
            request.ifPresent(reason -> requestStop(StopCause.requested(reason)));
        } catch (RuntimeException e) {
            log.info("stop request not read: %s", e.getMessage());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
