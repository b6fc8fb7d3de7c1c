// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.live;

import dev.boostscope.app.dashboard.runs.RunRef;
import dev.boostscope.trial.StepListener;
import dev.boostscope.trial.Subscription;
import dev.boostscope.trial.Trial;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One open run: its trial (opened on first use, shared by every request and page), the pages watching it, and one
 * sender thread that computes and pushes its events in order, off the trial's delivery thread.
 *
 * <p>Thread-safe: state changes hold this object's lock; sends run on the sender thread.
 */
final class OpenRun {
    private static final System.Logger LOG = System.getLogger(OpenRun.class.getName());

    private final RunRef ref;
    private final RunFeed feed;
    private final List<RunWatcher> watchers = new CopyOnWriteArrayList<>();
    private final ExecutorService sender;
    private @Nullable Trial trial;
    private @Nullable Subscription subscription;
    private int inFlight;
    private Instant lastUsed;
    private @Nullable Object lastJob;
    private volatile int announced = -1;
    private boolean closed;

    OpenRun(RunRef ref, RunFeed feed, Instant now) {
        this.ref = ref;
        this.feed = feed;
        this.lastUsed = now;
        this.sender = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "boostscope-dashboard-" + ref.id());
            thread.setDaemon(true);
            return thread;
        });
    }

    RunRef ref() {
        return ref;
    }

    /** Returns the trial, opening it on first use. Blocks on storage. */
    synchronized Trial trial(Function<URI, Trial> opener) {
        if (closed) {
            throw new IllegalStateException("run '" + ref.id() + "' was closed");
        }
        if (trial == null) {
            trial = opener.apply(ref.trialUri());
            if (!watchers.isEmpty()) {
                subscribe(trial);
            }
        }
        return trial;
    }

    synchronized void enter(Instant now) {
        inFlight++;
        lastUsed = now;
    }

    synchronized void leave(Instant now) {
        inFlight--;
        lastUsed = now;
    }

    synchronized boolean idle(Instant now, java.time.Duration timeout) {
        return watchers.isEmpty() && inFlight == 0 && !now.isBefore(lastUsed.plus(timeout));
    }

    synchronized boolean unused() {
        return watchers.isEmpty() && inFlight == 0;
    }

    boolean watched() {
        return !watchers.isEmpty();
    }

    synchronized boolean hasTrial() {
        return trial != null;
    }

    /** Adds a page; its first event is {@code hello}, with the last step complete now. */
    synchronized void add(RunWatcher watcher, Instant now) {
        watchers.add(watcher);
        lastUsed = now;
        if (trial != null && subscription == null) {
            subscribe(trial);
        }
        Hello hello = hello();
        sender.execute(() -> {
            if (!watcher.send("hello", hello)) {
                watchers.remove(watcher);
            }
        });
    }

    synchronized void remove(RunWatcher watcher, Instant now) {
        watchers.remove(watcher);
        lastUsed = now;
    }

    /** Polls the job's status and pushes it if it changed; runs on the hub's timer. */
    void pollJob() {
        sender.execute(() -> {
            Object job = feed.job(ref).orElse(null);
            if (job != null && !job.equals(lastJob)) {
                lastJob = job;
                broadcast("job", job);
            }
        });
    }

    void ping(long epochMillis) {
        sender.execute(() -> broadcast("ping", Map.of("time", epochMillis)));
    }

    synchronized void close() {
        closed = true;
        if (subscription != null) {
            subscription.close();
        }
        if (trial != null) {
            trial.close();
        }
        sender.shutdown();
    }

    private void subscribe(Trial open) {
        announced = open.lastCompleteStep().orElse(-1);
        subscription = open.onStep(new StepListener() {
            @Override
            public void onStep(Trial t, int step) {
                if (step > announced) {
                    announced = step;
                    sender.execute(() -> push(t, step));
                }
            }

            @Override
            public void onEnd(Trial t) {
                sender.execute(() -> broadcast("end", Map.of("lastStep", t.lastCompleteStep().orElse(-1))));
            }
        });
    }

    private void push(Trial t, int step) {
        try {
            // a step with newer ones already announced is pushed lean: the pages only draw the newest matrix
            broadcast("step", feed.step(t, step, step >= announced));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot push step " + step + " of run '" + ref.id() + "'", e);
        }
    }

    /** Returns the first event of a page: the last step complete when it joined, before any step pushed to it. */
    private Hello hello() {
        Trial open = trial;
        int last = open == null ? -1 : open.lastCompleteStep().orElse(-1);
        return new Hello(ref.id(), last, open != null && open.loadedAllSteps());
    }

    private void broadcast(String event, Object data) {
        for (RunWatcher watcher : watchers) {
            if (!watcher.send(event, Objects.requireNonNull(data, "data"))) {
                watchers.remove(watcher);
            }
        }
    }

    /**
     * The first event a page gets.
     *
     * @param run the run id
     * @param lastStep the last complete step, or -1
     * @param ended whether training has ended
     */
    record Hello(String run, int lastStep, boolean ended) {
    }
}
