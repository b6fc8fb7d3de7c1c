// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import dev.boostscope.jobs.spec.Channel;
import dev.boostscope.jobs.spec.JobSpec;
import dev.boostscope.jobs.spec.JobSpecs;
import dev.boostscope.jobs.state.JobDirectory;
import dev.boostscope.jobs.state.JobProcess;
import dev.boostscope.jobs.state.JobStatus;
import dev.boostscope.jobs.state.MetricData;
import dev.boostscope.jobs.state.Progress;
import dev.boostscope.jobs.state.SecondaryStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The state machine a job process runs: Starting, Downloading, Training, Uploading, then Completed; Stopping and
 * Stopped (or MaxRuntimeExceeded) when a stop arrives; Failed on an error. Each transition is written to
 * {@code status.json} under the job's lock, so a concurrent stop or reader never loses one.
 *
 * <p>Not thread-safe: {@link #run} is called once; {@link #onSignal} may be called from a shutdown hook.
 */
final class JobRun {
    private static final Duration SIGNAL_GRACE = Duration.ofSeconds(30);
    /** How long the job waits, after training, for its rules to evaluate the last steps. */
    private static final Duration RULES_GRACE = Duration.ofSeconds(60);
    private static final int MAX_REASON = 1024;

    private final JobDirectory directory;
    private final JobSpec spec;
    private final Trainer trainer;
    private final InstantSource clock;
    private final JobLog log;
    private final StopFlag stop = new StopFlag();
    private final Watchdog watchdog;
    private final CountDownLatch done = new CountDownLatch(1);
    private Duration minRound = Duration.ZERO;
    private long roundStart = System.nanoTime();

    JobRun(JobDirectory directory, Trainer trainer, InstantSource clock, JobLog log) {
        this.directory = directory;
        this.spec = JobSpecs.parse(directory.read(JobDirectory.SPEC), directory.file(JobDirectory.SPEC).toString());
        this.trainer = trainer;
        this.clock = clock;
        this.log = log;
        this.watchdog = new Watchdog(directory, stop, clock, log);
    }

    /** Makes each round last at least this long (see {@link JobMain#MIN_ROUND_PROPERTY}); call before {@link #run}. */
    JobRun pacedAt(Duration value) {
        minRound = value;
        return this;
    }

    /** Runs the job to its end; returns the process exit code: 0 unless the job failed. */
    int run() {
        try {
            if (register().isTerminal()) {
                log.info("training job %s has already ended; nothing to do", spec.name());
                return 1;
            }
            watchdog.start();
            stages();
        } catch (Throwable e) {
            fail(e);
        } finally {
            watchdog.close();
            done.countDown();
        }
        return directory.readStatus().secondaryStatus() == SecondaryStatus.FAILED ? 1 : 0;
    }

    /** Turns a termination signal into a stop request and waits for the job to end on a whole round. */
    void onSignal() {
        if (done.getCount() == 0) {
            return;
        }
        watchdog.requestStop(StopCause.requested("the job process received a termination signal"));
        try {
            done.await(SIGNAL_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private JobStatus register() {
        JobProcess self = JobProcess.of(ProcessHandle.current());
        log.info("job process %d started for training job %s", self.pid(), spec.name());
        return directory.update(status -> status.isTerminal() ? status : status.withProcess(self));
    }

    private void stages() throws Exception {
        advance(SecondaryStatus.DOWNLOADING, "Downloading input data");
        Trainer.Plan plan = plan(spec);
        try (Trainer.Session session = trainer.load(plan);
                RuleHost rules = RuleHost.start(new RuleHost.Context(directory, spec, artifactsPath(), watchdog,
                        clock, log))) {
            if (stop.isRequested()) {
                end(Optional.empty(), rules);
                return;
            }
            advance(SecondaryStatus.TRAINING, String.format(Locale.ROOT,
                    "Training in progress: %d rounds, debugger data at %s", spec.numRound(), artifactsPath()));
            watchdog.limitRuntime(Duration.ofSeconds(spec.maxRuntimeSeconds()), spec.maxRuntimeSeconds());
            roundStart = System.nanoTime();
            end(Optional.of(session.train(stop, this::onRound)), rules);
        }
    }

    /** Paces the round if asked, and publishes the progress (the hook prints the eval line to the log). */
    private void onRound(int round, Map<String, Double> metrics) {
        long remaining = minRound.toNanos() - (System.nanoTime() - roundStart);
        if (remaining > 0) {
            LockSupport.parkNanos(remaining);
        }
        roundStart = System.nanoTime();
        directory.writeProgress(new Progress(round + 1, spec.numRound(), sageMakerNames(metrics), clock.instant()));
    }

    private void end(Optional<Trainer.Outcome> outcome, RuleHost rules) {
        boolean finished = outcome.map(o -> o.rounds() == spec.numRound()).orElse(false);
        Optional<StopCause> cause = finished ? Optional.empty() : stop.cause();
        if (outcome.isPresent() && outcome.get().rounds() > 0) {
            String location = ModelOutput.location(spec.output().orElseThrow(), spec.name());
            advance(SecondaryStatus.UPLOADING, "Uploading the model to " + location);
            String uri = ModelOutput.save(outcome.get().model(), spec.output().orElseThrow(), spec.name());
            List<MetricData> metrics = finalMetrics(outcome.get().metrics(), clock.instant());
            directory.update(status -> status.withModelArtifacts(uri).withFinalMetrics(metrics));
            log.info("model saved to %s", uri);
        }
        rules.awaitCompletion(RULES_GRACE);
        if (cause.isPresent()) {
            finish(cause.get().terminal(), cause.get().message());
        } else {
            finish(SecondaryStatus.COMPLETED, "Training job completed");
        }
    }

    private void advance(SecondaryStatus next, String message) {
        log.info("%s: %s", next.wireName(), message);
        directory.update(status -> status.isTerminal() || status.secondaryStatus() == SecondaryStatus.STOPPING
                ? status : status.advance(next, message, clock.instant()));
    }

    private void finish(SecondaryStatus terminal, String message) {
        log.info("%s: %s", terminal.wireName(), message);
        directory.update(status -> status.isTerminal() ? status : status.advance(terminal, message, clock.instant()));
    }

    private void fail(Throwable error) {
        String reason = reason(error);
        log.info("Failed: %s", reason);
        error.printStackTrace(System.out);
        directory.update(status -> status.isTerminal() ? status : status.fail(reason, clock.instant()));
    }

    static String reason(Throwable error) {
        if (error instanceof WorkerFailedException) {
            return truncated(String.valueOf(error.getMessage()));
        }
        String category = switch (error.getClass().getSimpleName()) {
            case "XGBoostError" -> "AlgorithmError";
            case "InputException", "InputFormatException", "IOException", "NoSuchFileException" -> "ClientError";
            default -> "InternalError: " + error.getClass().getSimpleName();
        };
        String message = String.valueOf(error.getMessage()).strip().replaceAll("\\s*\\R\\s*", " ");
        return truncated(category + ": " + message);
    }

    private static String truncated(String reason) {
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 3) + "...";
    }

    /** Returns what a job (or each worker of a multi-worker job) trains: the spec's parameters and channels. */
    static Trainer.Plan plan(JobSpec spec) {
        Map<String, Object> params = new LinkedHashMap<>(spec.hyperParameters());
        params.remove(JobSpec.NUM_ROUND);
        return new Trainer.Plan(spec.name(), params, spec.numRound(), spec.channel(Channel.TRAIN).orElseThrow(),
                spec.channel(Channel.VALIDATION).orElse(null), spec.debugHookConfig(),
                spec.debugHookConfig().artifactsPath(spec.name()).orElseThrow());
    }

    private String artifactsPath() {
        return spec.debugHookConfig().artifactsPath(spec.name()).orElseThrow();
    }

    static Map<String, Double> sageMakerNames(Map<String, Double> metrics) {
        Map<String, Double> named = new LinkedHashMap<>();
        metrics.forEach((name, value) -> named.put(name.replaceFirst("-", ":"), value));
        return named;
    }

    private static List<MetricData> finalMetrics(Map<String, Double> metrics, Instant now) {
        List<MetricData> list = new ArrayList<>();
        sageMakerNames(metrics).forEach((name, value) -> list.add(new MetricData(name, value, now)));
        return list;
    }
}
