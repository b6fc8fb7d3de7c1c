// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.demo;

import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import dev.boostscope.xgboost.TrainingResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * The notebook, end to end: prepare the data, start the job in the background, poll its status until it trains, open
 * its trial while it runs, draw the confusion matrix as steps land, and summarise.
 *
 * <p>Not thread-safe: one run per instance.
 */
public final class Demo {
    private static final Duration POLL = Duration.ofMillis(200);
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm-ss-SSS",
            Locale.ROOT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final DemoOptions options;
    private final PrintWriter out;
    private final Map<Integer, ConfusionText> drawn = new TreeMap<>();

    private Demo(DemoOptions options, PrintWriter out) {
        this.options = options;
        this.out = out;
    }

    /**
     * Runs the demo.
     *
     * @param options what to do
     * @param out where the story is printed
     * @return the exit code: 0 when the job completed
     * @throws IOException if the data or the output cannot be written
     */
    public static int run(DemoOptions options, PrintWriter out) throws IOException {
        return new Demo(Objects.requireNonNull(options, "options"), Objects.requireNonNull(out, "out")).run();
    }

    private int run() throws IOException {
        Files.createDirectories(options.output());
        DemoInputs inputs = DemoInputs.find(options.full(), options.output());
        say("boostscope demo: the notebook's XGBoost job on " + inputs.description());
        Map<String, String> channels = inputs.channels(options.s3());
        channels.forEach((channel, location) -> say("  " + channel + ": " + location));
        String jobName = NotebookJob.BASE_JOB_NAME + "-" + NAME_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
        String trialLocation = trialLocation(jobName);
        say("hyperparameters: " + NotebookJob.hyperParameters(options.rounds()));
        say("debugger: " + NotebookJob.COLLECTIONS + " every " + NotebookJob.SAVE_INTERVAL + " steps");
        BackgroundTraining job = BackgroundTraining.start(inputs, options.rounds(),
                NotebookJob.hookConfig(trialLocation));
        say("Training job name: " + jobName);
        @Nullable DemoDashboard dashboard = options.dashboard() ? DemoDashboard.start(trialRoot()) : null;
        if (dashboard != null) {
            say("dashboard: " + dashboard.url());
        }
        pollUntilTraining(job);
        say("trial: " + trialLocation);
        try (Trial trial = Trials.newBuilder(trialLocation).allowEmpty(true).open()) {
            drawWhileTraining(trial, job);
            TrainingResult result = job.await();
            result.booster().dispose();
            DemoArtifacts artifacts = DemoArtifacts.write(trial, options.output().resolve(jobName));
            summarise(result, trial, trialLocation);
            say("confusion matrix GIF: " + artifacts.gif().toAbsolutePath());
            say("report: " + artifacts.report().toAbsolutePath());
        }
        if (dashboard != null) {
            say("the job has ended; serving the dashboard at " + dashboard.url() + " until Ctrl-C");
            dashboard.serveUntilInterrupted();
        }
        return 0;
    }

    private String trialRoot() {
        return options.s3() == null ? options.output().toAbsolutePath().toString() : options.s3().toString();
    }

    private String trialLocation(String jobName) {
        if (options.s3() == null) {
            return options.output().resolve(jobName).resolve("debug-output").toAbsolutePath().toString();
        }
        String base = options.s3().toString();
        return (base.endsWith("/") ? base : base + "/") + jobName + "/debug-output";
    }

    /** The notebook's loop: print {@code time: primary, secondary} until the job trains. */
    private void pollUntilTraining(BackgroundTraining job) {
        String last = "";
        while (true) {
            String secondary = job.secondaryStatus();
            String line = job.primaryStatus() + ", " + secondary;
            if (!line.equals(last)) {
                say(CLOCK.format(LocalTime.now(ZoneOffset.UTC)) + ": " + line);
                last = line;
            }
            if (Set.of("Training", "Completed", "Failed").contains(secondary)) {
                return;
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }

    /** The notebook's {@code plot_and_update_confusion_for_all_steps}: draw each new step until all are loaded. */
    private void drawWhileTraining(Trial trial, BackgroundTraining job) {
        while (true) {
            if (job.failure().isPresent()) {
                job.await();
            }
            boolean ended = trial.loadedAllSteps();
            trial.refresh();
            drawNewSteps(trial);
            if (ended) {
                return;
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }

    private void drawNewSteps(Trial trial) {
        int complete = trial.loadedAllSteps() ? Integer.MAX_VALUE : trial.lastCompleteStep().orElse(-1);
        Set<Integer> ready = new TreeSet<>();
        if (trial.hasTensor("predictions") && trial.hasTensor("labels")) {
            ready.addAll(trial.tensor("labels").steps());
            ready.retainAll(trial.tensor("predictions").steps());
        }
        for (int step : ready) {
            if (step <= complete && !drawn.containsKey(step)) {
                ConfusionText confusion = ConfusionText.at(trial, step, 10);
                drawn.put(step, confusion);
                out.print(confusion.render());
                out.flush();
            }
        }
    }

    private void summarise(TrainingResult result, Trial trial, String trialLocation) {
        say("");
        say(String.format(Locale.ROOT, "job %s after %d rounds", result.completion(), result.roundsCompleted()));
        result.finalMetrics().forEach((name, value) -> say(String.format(Locale.ROOT, "  %s %.4f", name, value)));
        ConfusionText last = drawn.values().stream().reduce((first, second) -> second).orElseThrow();
        say(String.format(Locale.ROOT, "validation accuracy %.4f at step %d", last.accuracy(), last.step()));
        say("steps captured: " + trial.steps());
        say("trial: " + trialLocation);
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }
}
