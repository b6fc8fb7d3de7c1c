// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import dev.boostscope.jobs.state.JobDirectory;
import dev.boostscope.jobs.state.Progress;
import dev.boostscope.jobs.state.WorkerStatus;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * Trains a multi-worker job ({@code ResourceConfig.InstanceCount} N above 1) from the job process, which becomes the
 * coordinator: it starts XGBoost's {@link Tracker} and N {@link WorkerGroup worker processes}, then watches them
 * rather than the tracker (whose wait hangs for minutes when a worker dies). Every {@value #POLL_MILLIS} ms it records
 * each worker's state in the job's status, reports worker_0's rounds as the job's progress, forwards a stop request
 * to the workers, and fails the job as soon as one worker ends with a non-zero code, naming it, after terminating the
 * others and the tracker. A stop that the workers do not honour within {@link #STOP_GRACE} ends them by force.
 *
 * <p>Not thread-safe: one training per instance.
 */
final class DistributedTrainer implements Trainer {
    static final long POLL_MILLIS = 100;
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final String LOOPBACK = "127.0.0.1";

    private final JobDirectory directory;
    private final int workers;
    private final InstantSource clock;
    private final JobLog log;

    DistributedTrainer(JobDirectory directory, int workers, InstantSource clock, JobLog log) {
        this.directory = directory;
        this.workers = workers;
        this.clock = clock;
        this.log = log;
    }

    @Override
    public Session load(Plan plan) throws Exception {
        Tracker tracker = Tracker.start(workers, LOOPBACK, log);
        try {
            WorkerGroup group = WorkerGroup.launch(directory.path(), workers, tracker.address());
            log.info("started %d workers: pids %s", workers,
                    group.statuses().stream().map(WorkerStatus::pid).toList());
            return new Running(plan, tracker, group);
        } catch (RuntimeException e) {
            tracker.close();
            throw e;
        }
    }

    /** The tracker and the worker processes of one job. */
    private final class Running implements Session {
        private final Plan plan;
        private final Tracker tracker;
        private final WorkerGroup group;
        private List<WorkerStatus> published = List.of();
        private int reported;
        private long stopSentNanos;
        private boolean closed;

        Running(Plan plan, Tracker tracker, WorkerGroup group) {
            this.plan = plan;
            this.tracker = tracker;
            this.group = group;
            publish();
        }

        @Override
        public Outcome train(StopFlag stop, RoundObserver observer) {
            while (true) {
                publish();
                Optional<String> failure = group.failure();
                if (failure.isPresent()) {
                    log.info("%s; terminating the other workers and the tracker", failure.get());
                    close();
                    throw new WorkerFailedException(failure.get());
                }
                report(observer);
                if (group.allExited()) {
                    break;
                }
                if (forwardStop(stop)) {
                    log.info("workers did not stop within %s; terminating them", STOP_GRACE);
                    close();
                    break;
                }
                LockSupport.parkNanos(POLL_MILLIS * 1_000_000L);
            }
            close();
            return outcome();
        }

        /** Sends a requested stop to the workers once; returns true when they had it too long. */
        private boolean forwardStop(StopFlag stop) {
            Optional<StopCause> cause = stop.cause();
            if (cause.isEmpty()) {
                return false;
            }
            if (stopSentNanos == 0) {
                group.requestStop(cause.get().reason());
                stopSentNanos = System.nanoTime();
                return false;
            }
            return System.nanoTime() - stopSentNanos > STOP_GRACE.toNanos();
        }

        /** Reports worker_0's new rounds as the job's. */
        private void report(RoundObserver observer) {
            Optional<Progress> progress = group.progress(0);
            if (progress.isPresent() && progress.get().round() > reported) {
                reported = progress.get().round();
                observer.onRound(reported - 1, progress.get().metrics());
            }
        }

        private void publish() {
            List<WorkerStatus> now = group.statuses();
            if (!now.equals(published)) {
                published = now;
                directory.update(status -> status.isTerminal() ? status : status.withWorkers(now, clock.instant()));
            }
        }

        private Outcome outcome() {
            Progress last = group.progress(0).orElse(new Progress(0, plan.numRound(), Map.of(), clock.instant()));
            Optional<byte[]> model = group.model(0);
            if (model.isEmpty()) {
                log.info("worker_0 saved no model (terminated before the end of training)");
                return new Outcome(new byte[0], 0, last.metrics());
            }
            return new Outcome(model.get(), last.round(), last.metrics());
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            group.close();
            tracker.close();
            publish();
        }
    }
}
