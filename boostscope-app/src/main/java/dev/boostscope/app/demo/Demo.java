// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.demo;

import dev.boostscope.app.view.terminal.TerminalOptions;
import dev.boostscope.app.view.terminal.TerminalView;
import dev.boostscope.core.BoostscopeException;
import dev.boostscope.jobs.JobDescription;
import dev.boostscope.jobs.JobsHome;
import dev.boostscope.jobs.TrainingJob;
import dev.boostscope.jobs.process.LaunchOptions;
import dev.boostscope.jobs.state.SecondaryStatus;
import dev.boostscope.jobs.state.TrainingJobStatus;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * The notebook, end to end, through the jobs module: prepare the data, declare the notebook's job with its debugger
 * configuration and rules, start it in its own process without waiting, poll its status until it trains, open its
 * trial while it runs, draw the confusion matrix as steps land, write the GIF and the report, and summarise.
 *
 * <p>Not thread-safe: one run per instance.
 */
public final class Demo {
    private static final Duration POLL = Duration.ofMillis(200);

    private final DemoOptions options;
    private final PrintWriter out;
    private final TerminalView view;
    private final StatusLines statusLines;
    private @Nullable RoundLines roundLines;
    private @Nullable DemoDashboard dashboard;

    private Demo(DemoOptions options, PrintWriter out, TerminalOptions terminal) {
        this.options = options;
        this.out = out;
        this.view = TerminalView.of(terminal);
        this.statusLines = new StatusLines(out);
    }

    /**
     * Runs the demo. Blocks until the job ends, and with {@link DashboardMode#UNTIL_INTERRUPTED} until the process is
     * asked to end or the calling thread is interrupted.
     *
     * @param options what to do
     * @param out where the story is printed
     * @param terminal how the confusion matrices are drawn (colour or not); never redrawn in place
     * @return the exit code: 0 when the job completed
     * @throws IOException if the data or the output cannot be written
     * @throws BoostscopeException if the job did not complete, naming its status and reason
     */
    public static int run(DemoOptions options, PrintWriter out, TerminalOptions terminal) throws IOException {
        Objects.requireNonNull(terminal, "terminal");
        TerminalOptions appended = new TerminalOptions(terminal.color(), false);
        return new Demo(Objects.requireNonNull(options, "options"), Objects.requireNonNull(out, "out"), appended)
                .run();
    }

    private int run() throws IOException {
        Files.createDirectories(options.output());
        DemoInputs inputs = DemoInputs.find(options.full(), options.output());
        say("boostscope demo: the notebook's XGBoost job on " + inputs.description());
        Map<String, String> channels = inputs.channels(options.s3());
        channels.forEach((channel, location) -> say("  " + channel + ": " + location));
        JobsHome home = JobsHome.open(options.output(), LaunchOptions.current()
                .withEnvironment(SdkSettings.asEnvironment(System::getProperty)));
        say("hyperparameters: " + NotebookJob.hyperParameters(options.rounds()));
        say("debugger: " + NotebookJob.COLLECTIONS + " every " + NotebookJob.SAVE_INTERVAL + " steps");
        say("rules: " + NotebookJob.RULES);
        TrainingJob job = NotebookJob.estimator(home, options.rounds(), options.s3()).fit(channels, false);
        say("Training job name: " + job.name());
        roundLines = new RoundLines(job.logFile(), options.rounds(), out);
        try (JobGuard guard = JobGuard.watch(job)) {
            follow(job, home);
            guard.ended();
        } finally {
            if (dashboard != null) {
                dashboard.close();
            }
        }
        return 0;
    }

    private void follow(TrainingJob job, JobsHome home) throws IOException {
        if (options.dashboard().serves()) {
            dashboard = DemoDashboard.start(home.path());
            say("dashboard: " + dashboard.url());
        }
        JobDescription training = pollUntilTraining(job);
        say("trial: " + training.debuggerArtifactsPath());
        DemoSummary summary;
        try (Trial trial = Trials.newBuilder(training.debuggerArtifactsPath()).name(job.name())
                .allowEmpty(true).open()) {
            LiveFrames frames = new LiveFrames(view, out);
            drawWhileTraining(trial, job, frames);
            JobDescription end = requireCompleted(awaitEnd(job), job);
            DemoArtifacts artifacts = DemoArtifacts.write(trial, end.directory());
            summary = new DemoSummary(end, trial.steps(), frames.lastWithConfusion(), artifacts,
                    dashboard == null ? null : dashboard.url());
        }
        summary.print(out);
        if (dashboard != null && options.dashboard() == DashboardMode.UNTIL_INTERRUPTED) {
            say("the job has ended; serving the dashboard at " + dashboard.url() + " until Ctrl-C");
            dashboard.serveUntilInterrupted();
        } else if (dashboard != null) {
            say("the dashboard stops with the demo; see this run again with: ./boostscope serve --jobs-home "
                    + options.output() + " (or run the demo with --keep-serving)");
        }
    }

    /** The notebook's loop: print {@code time: primary, secondary} until the job trains (or has already ended). */
    private JobDescription pollUntilTraining(TrainingJob job) {
        while (true) {
            JobDescription description = job.describe();
            statusLines.printNew(description);
            printRounds();
            if (description.status().transitions().stream().anyMatch(t -> t.status() == SecondaryStatus.TRAINING)
                    || description.status().isTerminal()) {
                return description;
            }
            pause();
        }
    }

    /** The notebook's {@code plot_and_update_confusion_for_all_steps}: draw each new step until all are loaded. */
    private void drawWhileTraining(Trial trial, TrainingJob job, LiveFrames frames) {
        while (true) {
            JobDescription description = job.describe();
            boolean ended = trial.loadedAllSteps() || description.status().isTerminal();
            trial.refresh();
            printRounds();
            frames.drawNew(trial);
            statusLines.printNew(description);
            if (ended) {
                return;
            }
            pause();
        }
    }

    /** Waits for the job's end: after training it uploads the model and lets its rules evaluate the last steps. */
    private JobDescription awaitEnd(TrainingJob job) {
        JobDescription end = job.waitFor(NotebookJob.MAX_RUNTIME);
        printRounds();
        statusLines.printNew(end);
        return end;
    }

    /** Returns the description of a completed job; a job that failed or stopped ends the demo with its reason. */
    private static JobDescription requireCompleted(JobDescription end, TrainingJob job) {
        if (end.trainingJobStatus() == TrainingJobStatus.COMPLETED) {
            return end;
        }
        throw new BoostscopeException(String.format(Locale.ROOT, "training job %s ended %s: %s (log: %s)",
                job.name(), end.secondaryStatus().wireName(), end.status().failure().or(() -> end.status().stop())
                        .orElse("no reason given"), job.logFile()));
    }

    /** Prints a line for each boosting round the job has logged since the last call. */
    private void printRounds() {
        if (roundLines != null) {
            roundLines.printNew();
        }
    }

    private static void pause() {
        LockSupport.parkNanos(POLL.toNanos());
        if (Thread.currentThread().isInterrupted()) {
            throw new BoostscopeException("interrupted while following the training job");
        }
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }
}
