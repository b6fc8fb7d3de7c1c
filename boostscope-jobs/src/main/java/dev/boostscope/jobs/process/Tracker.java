// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import ml.dmlc.xgboost4j.java.RabitTracker;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * XGBoost's native tracker ({@link RabitTracker}) inside the job process: the workers connect to it to get their
 * ranks and peers. Its own wait blocks for minutes when a worker dies, so nothing here waits on it without a bound:
 * the job watches the worker processes instead, and {@link #close} frees the tracker on a daemon thread, giving up
 * after a few seconds (the job process ends soon after, which ends the tracker with it).
 *
 * <p>Not thread-safe.
 */
final class Tracker implements AutoCloseable {
    /** How long the tracker waits for every worker to connect. */
    private static final int CONNECT_TIMEOUT_SECONDS = 300;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    private final RabitTracker tracker;
    private final InetSocketAddress address;
    private final JobLog log;

    private Tracker(RabitTracker tracker, InetSocketAddress address, JobLog log) {
        this.tracker = tracker;
        this.address = address;
        this.log = log;
    }

    /**
     * Starts a tracker for a number of workers, listening on a port of a host.
     *
     * @param workers the number of workers
     * @param host the address the workers reach it at
     * @param port the port, or 0 for any free port
     * @param log the job's log
     * @return the running tracker
     * @throws XGBoostError if the native tracker cannot start
     */
    static Tracker start(int workers, String host, int port, JobLog log) throws XGBoostError {
        RabitTracker tracker = new RabitTracker(workers, host, port, CONNECT_TIMEOUT_SECONDS);
        try {
            tracker.start();
            Map<String, Object> args = tracker.getWorkerArgs();
            InetSocketAddress address = InetSocketAddress.createUnresolved(
                    String.valueOf(args.get("dmlc_tracker_uri")), ((Number) args.get("dmlc_tracker_port")).intValue());
            log.info("tracker for %d workers listening at %s:%d", workers, address.getHostString(),
                    address.getPort());
            return new Tracker(tracker, address, log);
        } catch (XGBoostError | RuntimeException e) {
            new Tracker(tracker, InetSocketAddress.createUnresolved(host, 1), log).close();
            throw e;
        }
    }

    InetSocketAddress address() {
        return address;
    }

    /** Frees the native tracker, waiting a few seconds at most. */
    @Override
    public void close() {
        CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> {
            try {
                tracker.stop();
            } catch (XGBoostError e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "boostscope-tracker-stop");
            thread.setDaemon(true);
            thread.start();
        });
        try {
            stopped.get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            log.info("tracker stopped");
        } catch (TimeoutException e) {
            log.info("tracker did not stop within %s; it ends with the job process", STOP_TIMEOUT);
        } catch (ExecutionException e) {
            log.info("tracker did not stop cleanly: %s", e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
