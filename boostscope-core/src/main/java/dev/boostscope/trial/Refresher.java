// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.format.TrialLayout;
import dev.boostscope.core.storage.Storage;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * The trial's one background thread (a daemon): refreshes the index when the storage's watch reports a change (local
 * folders, at once) and on the {@link PollSchedule}, until all steps are loaded or the trial is closed. It waits parked,
 * so an idle trial costs no CPU between polls. The watch starts once {@code index/} exists, so that a job that has not
 * started yet does not get every folder it later creates watched.
 *
 * <p>Thread-safe.
 */
final class Refresher {
    private static final System.Logger LOG = System.getLogger(Refresher.class.getName());
    private static final long LOG_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final Storage storage;
    private final TrialIndex index;
    private final IndexTailer tailer;
    private final PollSchedule schedule;
    private final Thread thread;
    private volatile boolean pushed;
    private volatile boolean closed;
    private @Nullable AutoCloseable watch;
    private long lastLogged;
    private boolean failing;

    Refresher(Storage storage, TrialIndex index, IndexTailer tailer, PollSchedule schedule, String name) {
        this.storage = storage;
        this.index = index;
        this.tailer = tailer;
        this.schedule = schedule;
        this.thread = new Thread(this::run, "boostscope-trial-" + name);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Asks for a refresh now; called from the storage's watch thread. */
    void wake() {
        pushed = true;
        LockSupport.unpark(thread);
    }

    synchronized void close() {
        closed = true;
        LockSupport.unpark(thread);
        closeWatch();
    }

    private void run() {
        maybeWatch();
        long delay = schedule.next(false).toNanos();
        while (!closed && !index.loadedAll()) {
            long deadline = System.nanoTime() + delay;
            while (!pushed && !closed && deadline - System.nanoTime() > 0) {
                LockSupport.parkNanos(this, deadline - System.nanoTime());
            }
            if (closed) {
                break;
            }
            boolean push = pushed;
            pushed = false;
            boolean found = refresh(push ? IndexTailer.Pass.PUSH : IndexTailer.Pass.POLL);
            maybeWatch();
            delay = schedule.next(found).toNanos();
        }
        synchronized (this) {
            closeWatch();
        }
    }

    private boolean refresh(IndexTailer.Pass pass) {
        try {
            boolean found = tailer.refresh(pass);
            failing = false;
            return found;
        } catch (RuntimeException e) {
            long now = System.nanoTime();
            if (!failing || now - lastLogged > LOG_EVERY_NANOS) {
                LOG.log(System.Logger.Level.WARNING, "refresh of " + storage.uri() + " failed; retrying", e);
                lastLogged = now;
            }
            failing = true;
            return false;
        }
    }

    private synchronized void maybeWatch() {
        if (watch != null || closed || !storage.canWatch() || index.maxKnownStep() < 0) {
            return;
        }
        try {
            watch = storage.watch(TrialLayout.INDEX_PREFIX, this::wake);
            pushed = true; // files may have landed between the last listing and the watch
        } catch (RuntimeException e) {
            // polls go on; the next one tries to watch again
            LOG.log(System.Logger.Level.DEBUG, "watching " + storage.uri() + " failed; polling meanwhile", e);
        }
    }

    private void closeWatch() {
        if (watch == null) {
            return;
        }
        try {
            watch.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the watch of " + storage.uri() + " failed", e);
        }
        watch = null;
    }
}
