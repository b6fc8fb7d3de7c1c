// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import dev.boostscope.core.StorageException;
import dev.boostscope.jobs.spec.JobSpec;
import dev.boostscope.jobs.spec.JobSpecs;
import dev.boostscope.jobs.state.JobDirectory;
import dev.boostscope.jobs.state.Progress;
import java.nio.file.Files;
import java.time.Duration;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import ml.dmlc.xgboost4j.java.Communicator;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * What one worker of a multi-worker job does: joins XGBoost's tracker through {@link Communicator}, stages and loads
 * its share of the data, trains with the hook (which writes the trial as {@code worker_<rank>}), reports each round
 * to its {@link WorkerFolder} (progress, and an {@code eval [round]} line in its log with the metrics its booster
 * reported), and saves its model. A stop requested in {@code <job>/workers/stop-request} is seen between rounds; the
 * hook agrees on it with the other workers, so all stop after the same round.
 *
 * <p>Not thread-safe: {@link #run} is called once.
 */
final class WorkerRun {
    private static final long POLL_MILLIS = 200;
    /** The exit code of a worker that ends itself because the job process that started it is gone. */
    static final int ORPHANED = 3;

    private final WorkerMain.WorkerArgs args;
    private final InstantSource clock;
    private final JobLog log;
    private final WorkerFolder folder;
    private final StopFlag stop = new StopFlag();
    private final Duration minRound = Duration.ofMillis(Long.getLong(JobMain.MIN_ROUND_PROPERTY, 0));
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "boostscope-worker-watch");
        thread.setDaemon(true);
        return thread;
    });
    private long roundStart = System.nanoTime();
    private int numRound;

    WorkerRun(WorkerMain.WorkerArgs args, InstantSource clock, JobLog log) {
        this.args = args;
        this.clock = clock;
        this.log = log;
        this.folder = WorkerFolder.of(args.jobFolder(), args.shard().rank());
    }

    /** Runs the worker; returns the exit code. */
    int run() {
        try {
            Files.createDirectories(folder.path());
            watch();
            JobSpec spec = JobSpecs.parse(JobDirectory.of(args.jobFolder()).read(JobDirectory.SPEC),
                    args.jobFolder().resolve(JobDirectory.SPEC).toString());
            numRound = spec.numRound();
            join();
            train(JobRun.plan(spec));
            Communicator.shutdown();
            return 0;
        } catch (Throwable e) {
            String reason = JobRun.reason(e);
            log.info("%s failed: %s", folder.name(), reason);
            e.printStackTrace(System.out);
            folder.writeFailure(reason);
            return 1;
        } finally {
            watcher.shutdownNow();
        }
    }

    /** Polls the stop request, and ends this process if the job process that started it is gone. */
    private void watch() {
        JobDirectory shared = WorkerFolder.shared(args.jobFolder());
        watcher.scheduleWithFixedDelay(() -> {
            if (!stop.isRequested()) {
                shared.stopRequest().ifPresent(reason -> stop.request(StopCause.requested(reason)));
            }
        }, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
        args.parentPid().ifPresent(pid -> {
            ProcessHandle parent = ProcessHandle.of(pid).orElse(null);
            if (parent == null) {
                Runtime.getRuntime().halt(ORPHANED);
            } else {
                parent.onExit().thenRun(() -> Runtime.getRuntime().halt(ORPHANED));
            }
        });
    }

    /** Joins the tracker; returns once every worker has joined. */
    private void join() throws XGBoostError {
        Map<String, Object> init = new HashMap<>();
        init.put("dmlc_tracker_uri", args.tracker().getHostString());
        init.put("dmlc_tracker_port", args.tracker().getPort());
        init.put("dmlc_task_id", Integer.toString(args.shard().rank()));
        log.info("%s joining the tracker at %s:%d", folder.name(), args.tracker().getHostString(),
                args.tracker().getPort());
        Communicator.init(init);
        int rank = Communicator.getRank();
        int world = Communicator.getWorldSize();
        if (rank != args.shard().rank() || world != args.shard().world()) {
            throw new IllegalStateException(String.format(Locale.ROOT, "the tracker gave task %d rank %d of %d: "
                    + "expected rank %d of %d", args.shard().rank(), rank, world, args.shard().rank(),
                    args.shard().world()));
        }
        log.info("%s joined: rank %d of %d", folder.name(), rank, world);
    }

    private void train(Trainer.Plan plan) throws Exception {
        HookTrainer trainer = new HookTrainer(folder.path(), log, args.shard());
        try (Trainer.Session session = trainer.load(plan)) {
            roundStart = System.nanoTime();
            Trainer.Outcome outcome = session.train(stop, this::onRound);
            folder.writeModel(outcome.model());
            log.info("%s done: %d rounds, model saved to %s", folder.name(), outcome.rounds(),
                    folder.file(WorkerFolder.MODEL));
        }
    }

    private void onRound(int round, Map<String, Double> metrics) {
        long remaining = minRound.toNanos() - (System.nanoTime() - roundStart);
        if (remaining > 0) {
            LockSupport.parkNanos(remaining);
        }
        roundStart = System.nanoTime();
        StringJoiner line = new StringJoiner("\t", "eval [" + round + "]\t", "");
        metrics.forEach((name, value) -> line.add(name + ":" + value));
        log.info("%s", line);
        try {
            folder.writeProgress(new Progress(round + 1, numRound, metrics, clock.instant()));
        } catch (StorageException e) {
            log.info("progress not written: %s", e.getMessage());
        }
    }
}
