// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import dev.boostscope.jobs.state.JobDirectory;
import dev.boostscope.jobs.state.Progress;
import dev.boostscope.jobs.state.WorkerStatus;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Locale;
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

    private final JobDirectory directory;
    private final Topology topology;
    private final InstantSource clock;
    private final JobLog log;

    DistributedTrainer(JobDirectory directory, Topology topology, InstantSource clock, JobLog log) {
        this.directory = directory;
        this.topology = topology;
        this.clock = clock;
        this.log = log;
    }

    @Override
    public Session load(Plan plan) throws Exception {
        Tracker tracker = Tracker.start(topology.workers(), topology.trackerHost(), topology.trackerPort(), log);
        try {
            WorkerGroup group = WorkerGroup.launch(directory.path(), topology.localWorkers(), topology.workers(),
                    tracker.address());
            log.info("started %d of %d workers here: pids %s", topology.localWorkers(), topology.workers(),
                    group.statuses().stream().map(WorkerStatus::pid).toList());
            for (int rank = topology.localWorkers(); rank < topology.workers(); rank++) {
                log.info("waiting for worker_%d: start it on its machine with: boostscope jobs worker --spec %s "
                        + "--tracker %s:%d --rank %d", rank, directory.file(JobDirectory.SPEC),
                        tracker.address().getHostString(), tracker.address().getPort(), rank);
            }
            return new Running(plan, tracker, group);
        } catch (RuntimeException e) {
            tracker.close();
            throw e;
        }
    }

    /**
     * Where the workers run: how many in all, how many the job process starts itself (ranks {@code 0..local-1}; the
     * others are started on other machines with {@code boostscope jobs worker}), and the address the tracker listens
     * at.
     *
     * @param workers the number of workers, {@code InstanceCount}
     * @param localWorkers how many the job process starts, at least 1 (worker_0 reports the job's progress and model)
     * @param trackerHost the address the workers reach the tracker at
     * @param trackerPort the tracker's port, or 0 for any free port
     */
    record Topology(int workers, int localWorkers, String trackerHost, int trackerPort) {
        /** The environment variable naming the address the tracker listens at (default 127.0.0.1). */
        static final String HOST_ENV = "BOOSTSCOPE_TRACKER_HOST";
        /** The environment variable naming the tracker's port (default 0: any free port). */
        static final String PORT_ENV = "BOOSTSCOPE_TRACKER_PORT";
        /** The environment variable saying how many workers the job process starts (default: all). */
        static final String LOCAL_ENV = "BOOSTSCOPE_LOCAL_WORKERS";

        Topology {
            if (localWorkers < 1 || localWorkers > workers) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be within 1..%d (the job's "
                        + "InstanceCount): %d", LOCAL_ENV, workers, localWorkers));
            }
            if (trackerPort < 0 || trackerPort > 65_535) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s must be within 0..65535: %d", PORT_ENV, trackerPort));
            }
        }

        /** Returns the topology of a job of {@code workers} workers from the environment; all local by default. */
        static Topology fromEnvironment(int workers, Map<String, String> environment) {
            return new Topology(workers, integer(environment, LOCAL_ENV, workers),
                    environment.getOrDefault(HOST_ENV, "127.0.0.1").strip(), integer(environment, PORT_ENV, 0));
        }

        private static int integer(Map<String, String> environment, String name, int fallback) {
            String text = environment.get(name);
            try {
                return text == null || text.isBlank() ? fallback : Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be an integer: '" + text + "'", e);
            }
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
