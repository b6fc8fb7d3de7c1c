// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.run;

import dev.boostscope.rules.Rule;
import dev.boostscope.rules.action.RuleAction;
import dev.boostscope.trial.StepListener;
import dev.boostscope.trial.Subscription;
import dev.boostscope.trial.Trial;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates rules live, beside a training: subscribes to the trial's complete steps and evaluates every rule at every
 * new step, each rule on its own thread, so one slow or throwing rule never delays or stops the others. Between steps
 * it asks each rule to {@link Rule#checkIdle check idle} at a fixed interval (StalledTrainingRule). Each rule has a
 * status: InProgress from {@link #start()}; then IssuesFound when it fires (its actions run, and it is not evaluated
 * again), Error when it cannot be evaluated, NoIssuesFound when training ends, or Stopped when the runner is closed
 * first. Every change goes to the listener.
 *
 * <p>Example: <pre>{@code
 * try (RuleRunner runner = RuleRunner.newBuilder()
 *         .trial(trial)
 *         .addRule("overfit", RuleFactory.create("Overfit", Map.of()), actions.create(specs))
 *         .listener(status -> statusFile.update(DebugRuleEvaluationStatus.from(status)))
 *         .build()) {
 *     runner.start();
 *     runner.completion().join();
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class RuleRunner implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RuleRunner.class.getName());

    private final Trial trial;
    private final List<RuleWorker> workers = new ArrayList<>();
    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;
    private final Duration idleCheckInterval;
    private final RuleStatusListener listener;
    private final CompletableFuture<List<RuleStatus>> completion = new CompletableFuture<>();
    private final Object lock = new Object();
    private @Nullable Subscription subscription;
    private @Nullable ScheduledFuture<?> idleTicker;
    private boolean started;
    private boolean closed;

    private RuleRunner(Builder builder) {
        this.trial = Objects.requireNonNull(builder.trial);
        this.listener = builder.listener;
        this.idleCheckInterval = builder.idleCheckInterval;
        this.ownsScheduler = builder.scheduler == null;
        this.scheduler = builder.scheduler != null ? builder.scheduler
                : Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "boostscope-rule-idle-check");
                    thread.setDaemon(true);
                    return thread;
                });
        Settings settings = new Settings(builder.otherTrials, builder.clock);
        for (Binding binding : builder.bindings.values()) {
            workers.add(new RuleWorker(binding, trial, settings, this::publish));
        }
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder newBuilder() {
        return new Builder();
    }

    /**
     * Publishes InProgress for every rule, subscribes to the trial (steps already complete are evaluated first) and
     * starts the idle checks. Returns at once.
     *
     * @throws IllegalStateException if already started or closed
     */
    public void start() {
        synchronized (lock) {
            if (started || closed) {
                throw new IllegalStateException(closed ? "rule runner is closed" : "rule runner already started");
            }
            started = true;
            workers.forEach(RuleWorker::start);
            idleTicker = scheduler.scheduleWithFixedDelay(this::tick, idleCheckInterval.toMillis(),
                    idleCheckInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
        Subscription subscribed = trial.onStep(new Delivery());
        synchronized (lock) {
            if (closed) {
                subscribed.close();
            } else {
                subscription = subscribed;
            }
        }
    }

    /**
     * Returns every rule's current status, in the order the rules were added.
     *
     * @return the statuses; empty before {@link #start()}
     */
    public List<RuleStatus> statuses() {
        List<RuleStatus> statuses = new ArrayList<>();
        for (RuleWorker worker : workers) {
            RuleStatus status = worker.status();
            if (status != null) {
                statuses.add(status);
            }
        }
        return List.copyOf(statuses);
    }

    /**
     * Returns a future that completes with every rule's final status once all are final: after training ended and
     * every step was evaluated, or after {@link #close()}.
     *
     * @return the future; never completes exceptionally
     */
    public CompletableFuture<List<RuleStatus>> completion() {
        return completion.copy();
    }

    /**
     * Unsubscribes, stops the idle checks and marks every rule still in progress Stopped. Rules finish the step they
     * are evaluating in the background. Idempotent; does not block.
     */
    @Override
    public void close() {
        Subscription current;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            current = subscription;
        }
        if (current != null) {
            current.close();
        }
        stopTicker();
        workers.forEach(RuleWorker::stop);
        if (ownsScheduler) {
            scheduler.shutdownNow();
        }
    }

    private void tick() {
        workers.forEach(RuleWorker::submitIdleCheck);
    }

    private void stopTicker() {
        ScheduledFuture<?> ticker;
        synchronized (lock) {
            ticker = idleTicker;
        }
        if (ticker != null) {
            ticker.cancel(false);
        }
    }

    private void publish(RuleStatus status) {
        try {
            listener.onStatus(status);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "rule status listener failed on " + status, e);
        }
        if (status.status().isFinal() && workers.stream().allMatch(RuleRunner::isFinal)) {
            completion.complete(statuses());
        }
    }

    private static boolean isFinal(RuleWorker worker) {
        RuleStatus status = worker.status();
        return status != null && status.status().isFinal();
    }

    /** Forwards the trial's steps to every rule's thread. */
    private final class Delivery implements StepListener {
        @Override
        public void onStep(Trial source, int step) {
            workers.forEach(worker -> worker.submitStep(step));
        }

        @Override
        public void onEnd(Trial source) {
            stopTicker();
            workers.forEach(RuleWorker::submitEnd);
        }
    }

    /**
     * One rule as added to the builder.
     *
     * @param configurationName the name statuses are reported under
     * @param rule the rule
     * @param actions what to do when it fires
     */
    record Binding(String configurationName, Rule rule, List<RuleAction> actions) {
        Binding {
            actions = List.copyOf(actions);
        }
    }

    /**
     * What every worker shares.
     *
     * @param otherTrials opens the other trials rules ask for
     * @param clock the time source
     */
    record Settings(Function<String, Trial> otherTrials, InstantSource clock) {
    }

    /** Builds a {@link RuleRunner}; each setter validates at once and may be called once. Not thread-safe. */
    public static final class Builder {
        private @Nullable Trial trial;
        private final Map<String, Binding> bindings = new LinkedHashMap<>();
        private Function<String, Trial> otherTrials = Builder::noOtherTrials;
        private boolean otherTrialsSet;
        private InstantSource clock = InstantSource.system();
        private boolean clockSet;
        private Duration idleCheckInterval = Duration.ofSeconds(10);
        private boolean idleCheckIntervalSet;
        private @Nullable ScheduledExecutorService scheduler;
        private RuleStatusListener listener = status -> { };
        private boolean listenerSet;

        private Builder() {
        }

        /**
         * Sets the trial the rules watch (required).
         *
         * @param baseTrial the trial; the runner does not close it
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder trial(Trial baseTrial) {
            once(trial != null, "trial", trial);
            this.trial = Objects.requireNonNull(baseTrial, "baseTrial");
            return this;
        }

        /**
         * Adds a rule (at least one is required).
         *
         * @param configurationName the name its status is reported under, unique in this runner
         * @param rule a fresh rule instance
         * @param actions what to do when it fires
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or already used
         */
        public Builder addRule(String configurationName, Rule rule, List<RuleAction> actions) {
            if (configurationName.isBlank() || bindings.containsKey(configurationName)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "rule configuration name must be unique and not blank: '%s'", configurationName));
            }
            bindings.put(configurationName, new Binding(configurationName, Objects.requireNonNull(rule, "rule"),
                    actions));
            return this;
        }

        /**
         * Sets how other trials are opened by name (SimilarAcrossRuns' {@code other_trial}); by default none can be,
         * and a rule that needs one ends in Error. The function runs on rule threads; the runner closes what it opens.
         *
         * @param opener opens a trial by name or location
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder otherTrials(Function<String, Trial> opener) {
            once(otherTrialsSet, "otherTrials", otherTrials);
            this.otherTrials = Objects.requireNonNull(opener, "opener");
            this.otherTrialsSet = true;
            return this;
        }

        /**
         * Sets the clock of rules and statuses; the system clock by default.
         *
         * @param source the clock
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder clock(InstantSource source) {
            once(clockSet, "clock", clock);
            this.clock = Objects.requireNonNull(source, "source");
            this.clockSet = true;
            return this;
        }

        /**
         * Sets how often rules are asked to check idle between steps; 10 s by default.
         *
         * @param interval a positive duration
         * @return this builder
         * @throws IllegalArgumentException if not positive
         * @throws IllegalStateException if already set
         */
        public Builder idleCheckInterval(Duration interval) {
            once(idleCheckIntervalSet, "idleCheckInterval", idleCheckInterval);
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("idle check interval must be positive: " + interval);
            }
            this.idleCheckInterval = interval;
            this.idleCheckIntervalSet = true;
            return this;
        }

        /**
         * Sets the scheduler of idle checks; the caller shuts it down. By default the runner owns a daemon thread.
         *
         * @param idleScheduler the scheduler
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder scheduler(ScheduledExecutorService idleScheduler) {
            once(scheduler != null, "scheduler", scheduler);
            this.scheduler = Objects.requireNonNull(idleScheduler, "idleScheduler");
            return this;
        }

        /**
         * Sets the listener of status changes; none by default.
         *
         * @param statusListener the listener, thread-safe
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder listener(RuleStatusListener statusListener) {
            once(listenerSet, "listener", listener);
            this.listener = Objects.requireNonNull(statusListener, "statusListener");
            this.listenerSet = true;
            return this;
        }

        /**
         * Builds the runner; {@link RuleRunner#start()} starts it.
         *
         * @return the runner
         * @throws IllegalStateException if no trial or no rule was given
         */
        public RuleRunner build() {
            if (trial == null) {
                throw new IllegalStateException("a trial is required");
            }
            if (bindings.isEmpty()) {
                throw new IllegalStateException("at least one rule is required");
            }
            return new RuleRunner(this);
        }

        private static void once(boolean alreadySet, String name, @Nullable Object current) {
            if (alreadySet) {
                throw new IllegalStateException(name + " was already set to " + current);
            }
        }

        private static Trial noOtherTrials(String name) {
            throw new IllegalStateException("no other trials configured: cannot open '" + name
                    + "' (set RuleRunner.Builder.otherTrials)");
        }
    }
}
