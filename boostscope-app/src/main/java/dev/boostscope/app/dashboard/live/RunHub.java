// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.live;

import dev.boostscope.app.dashboard.runs.RunRef;
import dev.boostscope.core.BoostscopeException;
import dev.boostscope.trial.Trial;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Shares one {@link Trial} per run among all requests and pages. A run opens on first use; pages that watch it get
 * its steps pushed as the trial's {@code onStep} delivers them, and its job status when it changes. A run closes when
 * its last page leaves with no request in flight, or when no request has used it for the idle timeout.
 *
 * <p>Thread-safe. Not API: public for the dashboard's packages.
 */
public final class RunHub implements AutoCloseable {
    /** How often watched runs poll their job status and try to open a trial that was not there yet. */
    public static final Duration TICK = Duration.ofMillis(250);
    private static final System.Logger LOG = System.getLogger(RunHub.class.getName());
    private static final int TICKS_PER_PING = 40;

    private final Function<URI, Trial> opener;
    private final RunFeed feed;
    private final InstantSource clock;
    private final Duration idleTimeout;
    private final Map<String, OpenRun> runs = new HashMap<>();
    private final ScheduledExecutorService timer;
    private long ticks;

    /**
     * Creates a hub and starts its timer.
     *
     * @param opener opens a trial by location
     * @param feed computes pushed events
     * @param clock the clock idle times are measured with
     * @param idleTimeout how long an unwatched run stays open after its last request
     */
    public RunHub(Function<URI, Trial> opener, RunFeed feed, InstantSource clock, Duration idleTimeout) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.feed = Objects.requireNonNull(feed, "feed");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "boostscope-dashboard-timer");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Runs an action on a run's trial, opening it if needed. Blocks on storage.
     *
     * @param run the run
     * @param action what to compute from the trial
     * @param <T> the result type
     * @return the action's result
     * @throws dev.boostscope.core.TrialNotFoundException if the trial does not exist (yet)
     */
    public <T> T use(RunRef run, Function<Trial, T> action) {
        OpenRun open;
        synchronized (this) {
            open = runs.computeIfAbsent(run.id(), id -> new OpenRun(run, feed, clock.instant()));
            open.enter(clock.instant());
        }
        try {
            return action.apply(open.trial(opener));
        } finally {
            open.leave(clock.instant());
        }
    }

    /**
     * Starts pushing a run's events to a page: first {@code hello}, then {@code step}, {@code job}, {@code end} and
     * {@code ping} events. A trial that does not exist yet is looked for again at each tick.
     *
     * @param run the run
     * @param watcher where the events go
     * @return a handle that stops the pushes when closed; the run closes if it was the last page
     */
    public AutoCloseable watch(RunRef run, RunWatcher watcher) {
        OpenRun open;
        synchronized (this) {
            open = runs.computeIfAbsent(run.id(), id -> new OpenRun(run, feed, clock.instant()));
            open.enter(clock.instant());
        }
        try {
            tryOpen(open);
            open.add(watcher, clock.instant());
            open.pollJob();
        } finally {
            open.leave(clock.instant());
        }
        return () -> leave(open, watcher);
    }

    /**
     * Closes the runs that no page watches and no request has used for the idle timeout.
     *
     * @return how many runs were closed
     */
    public int sweep() {
        List<OpenRun> idle = new ArrayList<>();
        synchronized (this) {
            runs.values().removeIf(run -> run.idle(clock.instant(), idleTimeout) && idle.add(run));
        }
        idle.forEach(OpenRun::close);
        return idle.size();
    }

    /**
     * Returns the ids of the open runs, for tests and diagnostics.
     *
     * @return the ids, sorted
     */
    public synchronized List<String> openRuns() {
        return runs.keySet().stream().sorted().toList();
    }

    /** Stops the timer and closes every run. */
    @Override
    public void close() {
        timer.shutdownNow();
        List<OpenRun> all;
        synchronized (this) {
            all = new ArrayList<>(runs.values());
            runs.clear();
        }
        all.forEach(OpenRun::close);
    }

    private void leave(OpenRun open, RunWatcher watcher) {
        open.remove(watcher, clock.instant());
        boolean close;
        synchronized (this) {
            close = open.unused() && runs.get(open.ref().id()) == open;
            if (close) {
                runs.remove(open.ref().id());
            }
        }
        if (close) {
            open.close();
        }
    }

    private void tick() {
        try {
            List<OpenRun> watched;
            synchronized (this) {
                watched = runs.values().stream().filter(OpenRun::watched).toList();
                ticks++;
            }
            boolean ping = ticks % TICKS_PER_PING == 0;
            for (OpenRun run : watched) {
                tryOpen(run);
                run.pollJob();
                if (ping) {
                    run.ping(clock.millis());
                }
            }
            sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "dashboard timer failed; it keeps running", e);
        }
    }

    private void tryOpen(OpenRun run) {
        if (run.hasTrial()) {
            return;
        }
        try {
            run.trial(opener);
        } catch (BoostscopeException | IllegalStateException e) {
            LOG.log(Level.DEBUG, "trial of run '" + run.ref().id() + "' not open yet: " + e.getMessage());
        }
    }
}
