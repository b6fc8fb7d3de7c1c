// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import dev.boostscope.jobs.spec.JobSpec;
import dev.boostscope.jobs.spec.JobSpecs;
import dev.boostscope.jobs.state.JobDirectory;
import dev.boostscope.jobs.state.RuleEvaluationStatus;
import dev.boostscope.rules.action.Actions;
import dev.boostscope.rules.config.ConfiguredRule;
import dev.boostscope.rules.config.RuleConfig;
import dev.boostscope.rules.config.RuleFactory;
import dev.boostscope.rules.run.RuleRunner;
import dev.boostscope.rules.run.RuleStatus;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Runs a job's {@code DebugRuleConfigurations} inside the job process, beside training: a {@link RuleRunner} on the
 * job's own trial, each rule's status written to {@code status.json} as it changes
 * ({@code DebugRuleEvaluationStatuses}), and the StopTraining action wired to the job's stop (the job ends Stopped,
 * naming the rule). Another trial a rule asks for by name (SimilarAcrossRuns' {@code other_trial}) is a job of the
 * same home, or a location.
 *
 * <p>Thread-safe.
 */
final class RuleHost implements AutoCloseable {
    private final @Nullable RuleRunner runner;
    private final @Nullable Actions actions;
    private final @Nullable Trial trial;
    private final JobLog log;

    private RuleHost(@Nullable RuleRunner runner, @Nullable Actions actions, @Nullable Trial trial, JobLog log) {
        this.runner = runner;
        this.actions = actions;
        this.trial = trial;
        this.log = log;
    }

    /**
     * Starts the job's rules on its trial; a job without rules gets a host that does nothing.
     *
     * @param context the job's folder, spec, trial location, stop and clock
     * @return the host; the caller closes it
     */
    static RuleHost start(Context context) {
        if (context.spec().rules().isEmpty()) {
            return new RuleHost(null, null, null, context.log());
        }
        Actions actions = Actions.newBuilder().trainingStopper(reason -> context.watchdog()
                .requestStop(StopCause.rule(reason))).build();
        Trial trial = Trials.newBuilder(context.artifactsPath()).allowEmpty(true).open();
        RuleRunner.Builder builder = RuleRunner.newBuilder().trial(trial).clock(context.clock())
                .otherTrials(name -> openOther(context.directory(), name))
                .listener(status -> record(context, status));
        for (RuleConfig config : context.spec().rules()) {
            ConfiguredRule rule = RuleFactory.configure(config);
            builder.addRule(rule.configurationName(), rule.rule(), actions.create(rule.actions()));
        }
        RuleRunner runner = builder.build();
        runner.start();
        context.log().info("rules started: %d on %s", context.spec().rules().size(), context.artifactsPath());
        return new RuleHost(runner, actions, trial, context.log());
    }

    /** Waits until every rule has a final status (the trial's end was seen and every step evaluated). */
    void awaitCompletion(Duration timeout) {
        if (runner == null) {
            return;
        }
        try {
            runner.completion().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.info("rules still evaluating after %s; they are stopped", timeout);
        } catch (ExecutionException e) {
            log.info("rules ended abnormally: %s", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (runner != null) {
            runner.close();
        }
        if (actions != null) {
            actions.close();
        }
        if (trial != null) {
            trial.close();
        }
    }

    private static void record(Context context, RuleStatus status) {
        RuleEvaluationStatus value = new RuleEvaluationStatus(status.ruleConfigurationName(),
                status.status().wireName(), status.statusDetails(), status.lastModifiedTime());
        context.directory().update(current -> current.withRuleStatus(value, context.clock().instant()));
        context.log().info("rule %s: %s: %s", status.ruleConfigurationName(), status.status().wireName(),
                status.statusDetails());
    }

    private static Trial openOther(JobDirectory directory, String name) {
        Path sibling = directory.path().resolveSibling(name).resolve(JobDirectory.SPEC);
        if (!name.contains("/") && Files.isRegularFile(sibling)) {
            JobSpec other = JobSpecs.parse(JobDirectory.of(sibling.getParent()).read(JobDirectory.SPEC),
                    sibling.toString());
            return Trials.open(other.debugHookConfig().artifactsPath(other.name()).orElseThrow());
        }
        return Trials.open(name);
    }

    /**
     * What the rules of one job need.
     *
     * @param directory the job's folder
     * @param spec the job's spec
     * @param artifactsPath the job's trial
     * @param watchdog where stops are requested
     * @param clock the clock
     * @param log the job's log
     */
    record Context(JobDirectory directory, JobSpec spec, String artifactsPath, Watchdog watchdog,
            InstantSource clock, JobLog log) {
    }
}
