// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Delivers complete steps to {@link StepListener}s from one thread per trial (a daemon, started by the first
 * subscription, exiting once every subscription has ended). Each subscription has its own cursor: it first catches up
 * on the complete steps, then receives each new one in ascending order, then {@code onEnd} once all steps are loaded.
 * The thread waits on the index's change signal, so a new step is delivered as soon as a refresh adds it.
 *
 * <p>Thread-safe.
 */
final class SubscriptionHub {
    private static final long IDLE_WAIT_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final Trial trial;
    private final TrialIndex index;
    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private @Nullable Thread thread;

    SubscriptionHub(Trial trial, TrialIndex index) {
        this.trial = trial;
        this.index = index;
    }

    Subscription subscribe(StepListener listener) {
        Entry entry = new Entry(listener);
        entries.add(entry);
        synchronized (this) {
            if (thread == null) {
                thread = new Thread(this::run, "boostscope-trial-deliver-" + trial.name());
                thread.setDaemon(true);
                thread.start();
            }
        }
        index.touch();
        return entry;
    }

    private void run() {
        try {
            while (!index.closed()) {
                long seen = index.version();
                if (deliverAll()) {
                    continue;
                }
                synchronized (this) {
                    if (entries.isEmpty()) {
                        thread = null;
                        return;
                    }
                }
                index.awaitChange(seen, IDLE_WAIT_NANOS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            thread = null;
        }
    }

    private boolean deliverAll() {
        boolean delivered = false;
        for (Entry entry : entries) {
            for (int step : index.completeStepsAfter(entry.last)) {
                if (entry.closed) {
                    break;
                }
                deliver(entry, step);
                entry.last = step;
                delivered = true;
            }
            if (!entry.closed && index.loadedAll() && index.completeStepsAfter(entry.last).length == 0) {
                end(entry);
                delivered = true;
            }
            if (entry.closed) {
                entries.remove(entry);
            }
        }
        return delivered;
    }

    private void deliver(Entry entry, int step) {
        try {
            entry.listener.onStep(trial, step);
        } catch (RuntimeException e) {
            log().log(System.Logger.Level.WARNING, "step listener " + entry.listener + " failed at step " + step
                    + " of " + index.uri() + "; it stays subscribed", e);
        }
    }

    private void end(Entry entry) {
        entry.closed = true;
        try {
            entry.listener.onEnd(trial);
        } catch (RuntimeException e) {
            log().log(System.Logger.Level.WARNING, "step listener " + entry.listener + " failed at the end of "
                    + index.uri(), e);
        }
    }

    /** One subscription and its cursor. */
    private final class Entry implements Subscription {
        final StepListener listener;
        volatile int last = Integer.MIN_VALUE;
        volatile boolean closed;

        Entry(StepListener listener) {
            this.listener = listener;
        }

        @Override
        public void close() {
            closed = true;
            entries.remove(this);
        }
    }

    /** Returns the logger, looked up on first use: the lookup starts the logging backend, which reading need not. */
    private static System.Logger log() {
        return System.getLogger(SubscriptionHub.class.getName());
    }
}
