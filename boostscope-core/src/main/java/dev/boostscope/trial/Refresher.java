// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.format.TrialLayout;
import dev.boostscope.core.storage.LocalStorage;
import dev.boostscope.core.storage.Storage;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * The trial's one background thread (a daemon): keeps the index current until all steps are loaded or the trial is
 * closed. On a local folder it waits in a {@link LocalIndexWatch}, which hands it the keys of new index files to read
 * at once without listing; other storages that can be watched only say that something changed, and get a listing;
 * everything is also polled on the {@link PollSchedule}, as the only source on S3 and as a safety net elsewhere. It
 * waits blocked or parked, so an idle trial costs nothing between polls. The local watch starts once the trial folder
 * exists, and never creates it.
 *
 * <p>Thread-safe.
 */
final class Refresher {
    private static final long LOG_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final Storage storage;
    private final TrialIndex index;
    private final IndexTailer tailer;
    private final PollSchedule schedule;
    private final Thread thread;
    private volatile boolean pushed;
    private volatile boolean closed;
    private @Nullable AutoCloseable watch;
    private volatile @Nullable LocalIndexWatch localWatch;
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

    /** Asks for a refresh with a listing now; called from a watch thread. */
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
            LocalIndexWatch.Changes changes = waitFor(delay);
            if (closed) {
                break;
            }
            boolean found = false;
            if (!changes.keys().isEmpty()) {
                found = refresh(changes.keys(), null);
            }
            boolean push = pushed || changes.changed();
            pushed = false;
            if (push || !changes.any()) {
                found |= refresh(null, push ? IndexTailer.Pass.PUSH : IndexTailer.Pass.POLL);
            }
            maybeWatch();
            delay = schedule.next(found).toNanos();
        }
        synchronized (this) {
            closeWatch();
        }
    }

    private LocalIndexWatch.Changes waitFor(long nanos) {
        LocalIndexWatch local = localWatch;
        try {
            if (local != null && !pushed) {
                return local.await(nanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
            return LocalIndexWatch.Changes.NONE;
        } catch (ClosedWatchServiceException e) {
            return LocalIndexWatch.Changes.NONE;
        }
        long deadline = System.nanoTime() + nanos;
        while (!pushed && !closed && deadline - System.nanoTime() > 0) {
            LockSupport.parkNanos(this, deadline - System.nanoTime());
        }
        return LocalIndexWatch.Changes.NONE;
    }

    private boolean refresh(@Nullable List<String> keys, IndexTailer.@Nullable Pass pass) {
        try {
            boolean found = keys != null ? tailer.refreshKeys(keys) : tailer.refresh(pass);
            failing = false;
            return found;
        } catch (RuntimeException e) {
            long now = System.nanoTime();
            if (!failing || now - lastLogged > LOG_EVERY_NANOS) {
                log().log(System.Logger.Level.WARNING, "refresh of " + storage.uri() + " failed; retrying", e);
                lastLogged = now;
            }
            failing = true;
            return false;
        }
    }

    private synchronized void maybeWatch() {
        if (watch != null || closed) {
            return;
        }
        try {
            if (storage instanceof LocalStorage) {
                Path root = ((LocalStorage) storage).root();
                if (Files.isDirectory(root)) {
                    LocalIndexWatch local = LocalIndexWatch.open(root);
                    localWatch = local;
                    watch = local;
                    pushed = true; // files may have landed between the last listing and the watch
                }
            } else if (storage.canWatch() && index.maxKnownStep() >= 0) {
                watch = storage.watch(TrialLayout.INDEX_PREFIX, this::wake);
                pushed = true;
            }
        } catch (Exception e) {
            // polls go on; the next one tries to watch again
            log().log(System.Logger.Level.DEBUG, "watching " + storage.uri() + " failed; polling meanwhile", e);
        }
    }

    private void closeWatch() {
        localWatch = null;
        if (watch == null) {
            return;
        }
        try {
            watch.close();
        } catch (Exception e) {
            log().log(System.Logger.Level.DEBUG, "closing the watch of " + storage.uri() + " failed", e);
        }
        watch = null;
    }

    /** Returns the logger, looked up on first use: the lookup starts the logging backend, which reading need not. */
    private static System.Logger log() {
        return System.getLogger(Refresher.class.getName());
    }
}
