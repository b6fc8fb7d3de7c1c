// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a job's {@code status.json} holds: the state machine's current state, its transitions, and what the job
 * produced (metrics, model, rule statuses). Each change returns a new value; {@link JobDirectory#update} persists it
 * atomically.
 *
 * @param formatVersion the file's format version
 * @param trainingJobName the job's name
 * @param secondaryStatus the detailed status; the primary status derives from it
 * @param transitions every detailed status the job went through, oldest first
 * @param failureReason why the job failed, or null
 * @param stopReason why the job was stopped (a user, the maximum run time, a rule), or null
 * @param finalMetrics the metrics after the last round
 * @param modelArtifacts the model's URI once saved, or null
 * @param ruleStatuses one status per configured rule
 * @param times when the job was created, trained and last changed
 * @param process the job's process
 * @param workers the worker processes of a multi-worker job, by rank; empty for a single-process job
 *
 * <p>Immutable.
 */
public record JobStatus(int formatVersion, String trainingJobName, SecondaryStatus secondaryStatus,
        List<StatusTransition> transitions, @Nullable String failureReason, @Nullable String stopReason,
        List<MetricData> finalMetrics, @Nullable String modelArtifacts, List<RuleEvaluationStatus> ruleStatuses,
        JobTimes times, JobProcess process, List<WorkerStatus> workers) {
    /** The newest status format this code reads, and the one it writes. */
    public static final int CURRENT_VERSION = 1;
    private static final Pattern RULE_STOP = Pattern.compile("^rule '(.+)' found issues \\(StopTraining action\\)$");

    /**
     * Validates and copies.
     *
     * @param formatVersion the format version, 1 to {@link #CURRENT_VERSION}
     * @param trainingJobName the job's name
     * @param secondaryStatus the detailed status
     * @param transitions the transitions, non-empty
     * @param failureReason why it failed, or null
     * @param stopReason why it was stopped, or null
     * @param finalMetrics the final metrics
     * @param modelArtifacts the model URI, or null
     * @param ruleStatuses the rule statuses
     * @param times the times
     * @param process the process
     * @param workers the workers
     */
    public JobStatus {
        if (formatVersion < 1 || formatVersion > CURRENT_VERSION) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "status format version %d is not supported: expected 1 to %d (a newer Boostscope wrote it)",
                    formatVersion, CURRENT_VERSION));
        }
        Objects.requireNonNull(trainingJobName, "trainingJobName");
        Objects.requireNonNull(secondaryStatus, "secondaryStatus");
        transitions = List.copyOf(transitions);
        if (transitions.isEmpty()) {
            throw new IllegalArgumentException("transitions must not be empty");
        }
        finalMetrics = List.copyOf(finalMetrics);
        ruleStatuses = List.copyOf(ruleStatuses);
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(process, "process");
        workers = List.copyOf(workers);
    }

    /**
     * Returns the status of a job that was just created: Starting.
     *
     * @param name the job's name
     * @param now the creation time
     * @return the status
     */
    public static JobStatus starting(String name, Instant now) {
        StatusTransition first = new StatusTransition(SecondaryStatus.STARTING, now, null,
                "Launching the job process");
        return new JobStatus(CURRENT_VERSION, name, SecondaryStatus.STARTING, List.of(first), null, null, List.of(),
                null, List.of(), JobTimes.createdAt(now), JobProcess.NONE, List.of());
    }

    /**
     * Returns the primary status.
     *
     * @return the primary status derived from the detailed one
     */
    public TrainingJobStatus trainingJobStatus() {
        return secondaryStatus.primary();
    }

    /**
     * Returns whether the job has ended.
     *
     * @return true once Completed, Failed or Stopped
     */
    public boolean isTerminal() {
        return secondaryStatus.isTerminal();
    }

    /**
     * Returns why the job failed.
     *
     * @return the reason, or empty
     */
    public Optional<String> failure() {
        return Optional.ofNullable(failureReason);
    }

    /**
     * Returns why the job was stopped.
     *
     * @return the reason, or empty
     */
    public Optional<String> stop() {
        return Optional.ofNullable(stopReason);
    }

    /**
     * Returns the stop reason recorded when a rule's StopTraining action stops a job.
     *
     * @param ruleConfigurationName the rule configuration's name
     * @return {@code rule '<name>' found issues (StopTraining action)}
     */
    public static String ruleStopReason(String ruleConfigurationName) {
        return String.format(Locale.ROOT, "rule '%s' found issues (StopTraining action)", ruleConfigurationName);
    }

    /**
     * Returns the rule whose StopTraining action stopped the job.
     *
     * @return the rule configuration's name, or empty if no rule stopped it
     */
    public Optional<String> stoppingRule() {
        if (stopReason == null) {
            return Optional.empty();
        }
        Matcher matcher = RULE_STOP.matcher(stopReason);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /**
     * Returns the model's URI.
     *
     * @return the URI, or empty before the model is saved
     */
    public Optional<String> model() {
        return Optional.ofNullable(modelArtifacts);
    }

    /**
     * Moves the job to a new detailed status: the current transition ends, a new one begins.
     *
     * @param next the new status
     * @param message what happened
     * @param now the time of the change
     * @return the new status
     * @throws IllegalStateException if the job has already ended
     */
    public JobStatus advance(SecondaryStatus next, String message, Instant now) {
        if (isTerminal()) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "training job '%s' has already ended (%s): cannot move to %s", trainingJobName,
                    secondaryStatus.wireName(), next.wireName()));
        }
        List<StatusTransition> list = new ArrayList<>(transitions);
        list.set(list.size() - 1, list.get(list.size() - 1).endedAt(now));
        list.add(new StatusTransition(next, now, next.isTerminal() ? now : null, message));
        Draft draft = new Draft(this);
        draft.secondaryStatus = next;
        draft.transitions = list;
        draft.times = times.entering(next, now);
        return draft.build();
    }

    /**
     * Ends the job as Failed.
     *
     * @param reason why, for the failure reason and the transition message
     * @param now the time
     * @return the new status
     * @throws IllegalStateException if the job has already ended
     */
    public JobStatus fail(String reason, Instant now) {
        Draft draft = new Draft(advance(SecondaryStatus.FAILED, reason, now));
        draft.failureReason = reason;
        return draft.build();
    }

    /**
     * Records why the job is being stopped; the first reason wins.
     *
     * @param reason the reason
     * @return the new status
     */
    public JobStatus withStopReason(String reason) {
        Draft draft = new Draft(this);
        draft.stopReason = stopReason == null ? reason : stopReason;
        return draft.build();
    }

    /**
     * Records the job's process.
     *
     * @param value the process
     * @return the new status
     */
    public JobStatus withProcess(JobProcess value) {
        Draft draft = new Draft(this);
        draft.process = value;
        return draft.build();
    }

    /**
     * Records the metrics after the last round.
     *
     * @param metrics the metrics
     * @return the new status
     */
    public JobStatus withFinalMetrics(List<MetricData> metrics) {
        Draft draft = new Draft(this);
        draft.finalMetrics = metrics;
        return draft.build();
    }

    /**
     * Records the saved model's URI.
     *
     * @param uri the model URI
     * @return the new status
     */
    public JobStatus withModelArtifacts(String uri) {
        Draft draft = new Draft(this);
        draft.modelArtifacts = uri;
        return draft.build();
    }

    /**
     * Records the rule statuses.
     *
     * @param statuses one per configured rule
     * @param now the time of the change
     * @return the new status
     */
    public JobStatus withRuleStatuses(List<RuleEvaluationStatus> statuses, Instant now) {
        Draft draft = new Draft(this);
        draft.ruleStatuses = statuses;
        draft.times = times.touched(now);
        return draft.build();
    }

    /**
     * Records one rule's status, replacing the rule's previous one (rules keep their order) or adding it.
     *
     * @param status the rule's new status
     * @param now the time of the change
     * @return the new status
     */
    public JobStatus withRuleStatus(RuleEvaluationStatus status, Instant now) {
        List<RuleEvaluationStatus> list = new ArrayList<>(ruleStatuses);
        int index = -1;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).ruleConfigurationName().equals(status.ruleConfigurationName())) {
                index = i;
            }
        }
        if (index < 0) {
            list.add(status);
        } else {
            list.set(index, status);
        }
        return withRuleStatuses(list, now);
    }

    /**
     * Records the state of the workers of a multi-worker job.
     *
     * @param value one status per worker, by rank
     * @param now the time of the change
     * @return the new status
     */
    public JobStatus withWorkers(List<WorkerStatus> value, Instant now) {
        Draft draft = new Draft(this);
        draft.workers = value;
        draft.times = times.touched(now);
        return draft.build();
    }

    /** A mutable copy, so that each change names only what it changes. */
    private static final class Draft {
        private final int formatVersion;
        private final String name;
        private SecondaryStatus secondaryStatus;
        private List<StatusTransition> transitions;
        private @Nullable String failureReason;
        private @Nullable String stopReason;
        private List<MetricData> finalMetrics;
        private @Nullable String modelArtifacts;
        private List<RuleEvaluationStatus> ruleStatuses;
        private JobTimes times;
        private JobProcess process;
        private List<WorkerStatus> workers;

        Draft(JobStatus from) {
            formatVersion = from.formatVersion;
            name = from.trainingJobName;
            secondaryStatus = from.secondaryStatus;
            transitions = from.transitions;
            failureReason = from.failureReason;
            stopReason = from.stopReason;
            finalMetrics = from.finalMetrics;
            modelArtifacts = from.modelArtifacts;
            ruleStatuses = from.ruleStatuses;
            times = from.times;
            process = from.process;
            workers = from.workers;
        }

        JobStatus build() {
            return new JobStatus(formatVersion, name, secondaryStatus, transitions, failureReason, stopReason,
                    finalMetrics, modelArtifacts, ruleStatuses, times, process, workers);
        }
    }
}
