// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.run;

import dev.boostscope.rules.Finding;
import dev.boostscope.rules.Rule;
import dev.boostscope.rules.RuleContext;
import dev.boostscope.rules.action.RuleAction;
import dev.boostscope.rules.action.RuleAlert;
import dev.boostscope.trial.Trial;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One configured rule inside a {@link RuleRunner}: its own single thread evaluates it step after step, so a slow or
 * failing rule only delays or fails itself. Holds the rule's status; a final status is never left.
 *
 * <p>Thread-safe: tasks are submitted from the trial's delivery thread, the idle ticker and {@code close}; the rule
 * itself only runs on this worker's thread.
 */
final class RuleWorker {
    private static final System.Logger LOG = System.getLogger(RuleRunner.class.getName());

    private final String configurationName;
    private final Rule rule;
    private final List<RuleAction> actions;
    private final Trial trial;
    private final Function<String, Trial> otherTrials;
    private final InstantSource clock;
    private final Consumer<RuleStatus> publisher;
    private final ExecutorService executor;
    private final AtomicBoolean idleCheckPending = new AtomicBoolean();
    private final AtomicInteger evaluatedSteps = new AtomicInteger();
    private volatile int lastEvaluatedStep = -1;
    private final Map<String, Trial> openedTrials = new LinkedHashMap<>();
    private volatile @Nullable RuleStatus status;
    /** Confined to the worker thread. */
    private @Nullable RuleContext context;

    RuleWorker(RuleRunner.Binding binding, Trial trial, RuleRunner.Settings settings, Consumer<RuleStatus> publisher) {
        this.configurationName = binding.configurationName();
        this.rule = binding.rule();
        this.actions = binding.actions();
        this.trial = trial;
        this.otherTrials = settings.otherTrials();
        this.clock = settings.clock();
        this.publisher = publisher;
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "boostscope-rule-" + configurationName);
            thread.setDaemon(true);
            return thread;
        });
    }

    String configurationName() {
        return configurationName;
    }

    /** Returns the current status, with the newest evaluated step even if the status has not changed since. */
    @Nullable RuleStatus status() {
        RuleStatus current = status;
        return current == null ? null : current.withLastEvaluatedStep(lastEvaluatedStep);
    }

    /** Publishes InProgress and prepares the context (resolving other trials) on the worker thread. */
    void start() {
        transition(RuleEvaluationStatus.IN_PROGRESS, "waiting for steps", null);
        submit(this::prepare);
    }

    void submitStep(int step) {
        submit(() -> evaluate(step));
    }

    void submitIdleCheck() {
        if (!isFinal() && idleCheckPending.compareAndSet(false, true)) {
            submit(() -> {
                idleCheckPending.set(false);
                evaluateIdle();
            });
        }
    }

    void submitEnd() {
        submit(() -> transition(RuleEvaluationStatus.NO_ISSUES_FOUND, String.format(Locale.ROOT,
                "no issues found in %d evaluated steps", evaluatedSteps.get()), null));
    }

    /** Marks the rule Stopped unless final, and lets the thread end once its queue drains; returns at once. */
    void stop() {
        transition(RuleEvaluationStatus.STOPPED, String.format(Locale.ROOT,
                "evaluation stopped before training ended, after %d evaluated steps", evaluatedSteps.get()), null);
    }

    private void prepare() {
        try {
            for (String name : rule.requirements().otherTrials()) {
                openedTrials.put(name, otherTrials.apply(name));
            }
            context = new RuleContext(trial, openedTrials, clock);
            evaluateIdle();
        } catch (RuntimeException e) {
            fail(-1, new Outcome(Outcome.Kind.ERROR, null, e));
        }
    }

    private void evaluate(int step) {
        RuleContext current = context;
        if (isFinal() || current == null) {
            return;
        }
        Outcome outcome = Outcome.of(() -> rule.evaluate(current, step));
        if (outcome.kind() != Outcome.Kind.SKIPPED) {
            evaluatedSteps.incrementAndGet();
        }
        lastEvaluatedStep = step;
        handle(outcome, step);
    }

    private void evaluateIdle() {
        RuleContext current = context;
        if (!isFinal() && current != null) {
            handle(Outcome.of(() -> rule.checkIdle(current)), -1);
        }
    }

    private void handle(Outcome outcome, int step) {
        if (outcome.kind() == Outcome.Kind.FIRED && outcome.finding() != null) {
            fire(outcome.finding());
        } else if (outcome.kind() == Outcome.Kind.ERROR) {
            fail(step, outcome);
        }
    }

    private void fire(Finding finding) {
        String details = String.format(Locale.ROOT,
                "RuleEvaluationConditionMet: Evaluation of the rule %s at step %d resulted in the condition being "
                        + "met: %s", configurationName, finding.step(), finding.message());
        if (!transition(RuleEvaluationStatus.ISSUES_FOUND, details, finding)) {
            return;
        }
        RuleAlert alert = new RuleAlert(configurationName, rule.name(), trial.uri(), finding, clock.instant());
        for (RuleAction action : actions) {
            try {
                action.onFired(alert);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, String.format(Locale.ROOT,
                        "action %s of rule %s failed", action.spec().name(), configurationName), e);
            }
        }
    }

    private void fail(int step, Outcome outcome) {
        String where = step < 0 ? "" : String.format(Locale.ROOT, " at step %d", step);
        String details = String.format(Locale.ROOT, "rule %s could not be evaluated%s: %s", rule.name(), where,
                outcome.reason());
        if (transition(RuleEvaluationStatus.ERROR, details, null)) {
            LOG.log(System.Logger.Level.WARNING, "rule " + configurationName + ": " + details, outcome.error());
        }
    }

    /** Moves to a status unless a final one was reached; returns whether it moved. */
    private boolean transition(RuleEvaluationStatus next, String details, @Nullable Finding finding) {
        RuleStatus published;
        synchronized (this) {
            if (isFinal()) {
                return false;
            }
            published = new RuleStatus(configurationName, rule.name(), next, details, finding, lastEvaluatedStep,
                    clock.instant());
            status = published;
            publisher.accept(published);
        }
        if (next.isFinal()) {
            submitCleanup();
        }
        return true;
    }

    private boolean isFinal() {
        RuleStatus current = this.status;
        return current != null && current.status().isFinal();
    }

    /** Closes the other trials this worker opened, on its own thread if it still runs. */
    private void submitCleanup() {
        Runnable cleanup = () -> {
            openedTrials.values().forEach(this::closeQuietly);
            openedTrials.clear();
        };
        if (!executor.isShutdown()) {
            submit(cleanup);
            executor.shutdown();
        }
    }

    private void closeQuietly(Trial other) {
        try {
            other.close();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing other trial " + other.uri() + " failed", e);
        }
    }

    private void submit(Runnable task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException expected) {
            // the worker has finished or stopped: late steps and ticks have nothing left to do
        }
    }
}
