// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import static dev.boostscope.app.dashboard.Browsers.cells;
import static dev.boostscope.app.dashboard.Browsers.severeConsoleEntries;
import static dev.boostscope.app.dashboard.Browsers.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.boostscope.jobs.JobsHome;
import dev.boostscope.jobs.TrainingJob;
import dev.boostscope.jobs.process.JobMain;
import dev.boostscope.jobs.process.LaunchOptions;
import dev.boostscope.jobs.spec.JobSpecs;
import dev.boostscope.jobs.state.JobDirectory;
import dev.boostscope.jobs.state.TrainingJobStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The page in headless Chromium over a real training job: a job created through the jobs home trains in its own process
 * (XGBoost4J on a small three-class LIBSVM file, metrics, predictions, labels, feature importance and SHAP saved every
 * step, rounds paced to at least {@value #ROUND_MILLIS} ms so that the page can be watched while it trains). The page,
 * loaded before the job exists, is pointed at the job by its address's fragment; while it shows the job InProgress,
 * its step number and confusion matrix change without a reload (a window marker set before survives); then the job
 * completes and the page shows the last step, its matrix, feature importance and SHAP, and Completed, with no console
 * error. Saves {@code target/dashboard-job-training.png} and {@code target/dashboard-job.png}.
 */
final class DashboardJobBrowserIT {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final int ROUNDS = 30;
    private static final long ROUND_MILLIS = 400;

    @TempDir
    Path dir;

    @AfterEach
    void killJobs() throws IOException {
        Path home = dir.resolve("jobs");
        if (!Files.isDirectory(home)) {
            return;
        }
        try (Stream<Path> folders = Files.list(home)) {
            for (Path folder : folders.filter(f -> Files.isRegularFile(f.resolve(JobDirectory.STATUS))).toList()) {
                JobDirectory.of(folder).readStatus().process().live().ifPresent(handle -> {
                    handle.destroyForcibly();
                    handle.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                });
            }
        }
    }

    @Test
    @DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
    void page_whileARealJobTrains_showsNewStepsWithoutReloadThenCompleted() throws Exception {
        JobsHome home = JobsHome.open(dir.resolve("jobs"), LaunchOptions.current().withJvmOptions(
                List.of("-D" + JobMain.MIN_ROUND_PROPERTY + "=" + ROUND_MILLIS, "-Xmx256m")));
        String spec = spec(threeClasses(dir.resolve("train.libsvm"), 400, 31),
                threeClasses(dir.resolve("validation.libsvm"), 150, 32));
        ChromeDriver driver = Browsers.start(dir.resolve("profile"));
        try (Dashboard dashboard = Dashboard.create(DashboardConfig.newBuilder().jobsHome(home.path()).build())
                .start()) {
            // the page is loaded before the job exists, so that it watches the job from its first steps
            driver.get(dashboard.url() + "#/");
            await().atMost(WAIT).until(() -> driver.findElement(By.id("runs-empty")).isDisplayed());
            Browsers.markWindow(driver);
            TrainingJob job = home.create(JobSpecs.parse(spec.getBytes(StandardCharsets.UTF_8), "browser-job.json"),
                    "browser-job.json");
            // the page's first requests find the trial once the job's first step is in it
            await().atMost(WAIT).until(() -> Files.isDirectory(job.directory().resolve("debug-output/index")));
            driver.executeScript("location.hash = arguments[0];", "#/runs/" + job.name());
            await().atMost(WAIT).until(() -> !text(driver, "step-number").equals("–") && !cells(driver).isEmpty());
            int firstStep = Integer.parseInt(text(driver, "step-number"));
            String firstMatrix = cells(driver);

            await().alias("a later step and another matrix than step " + firstStep + "'s while InProgress")
                    .atMost(WAIT).until(() -> Integer.parseInt(text(driver, "step-number")) > firstStep
                            && !cells(driver).equals(firstMatrix) && text(driver, "run-status").equals("InProgress")
                            && text(driver, "run-secondary").equals("Training")
                            && "InProgress".equals(listedStatus(driver)));
            assertThat(Browsers.windowStillMarked(driver)).isTrue();
            Browsers.screenshot(driver, "dashboard-job-training.png");

            String last = String.valueOf(ROUNDS - 1);
            await().atMost(WAIT).until(() -> text(driver, "run-status").equals("Completed")
                    && text(driver, "run-ended").equals("training ended") && text(driver, "step-number").equals(last)
                    && text(driver, "cm-step").equals("step " + last)
                    && text(driver, "importance-top").endsWith(" at step " + last)
                    && text(driver, "shap-note").equals("at step " + last));
            // the runs list is refreshed when the open run's pushed job status differs from it
            await().atMost(WAIT).until(() -> "Completed".equals(listedStatus(driver)));
            assertThat(text(driver, "run-secondary")).isEqualTo("Completed");
            assertThat(job.describe().trainingJobStatus()).isEqualTo(TrainingJobStatus.COMPLETED);
            assertThat(Browsers.windowStillMarked(driver)).isTrue();
            assertThat(severeConsoleEntries(driver)).isEmpty();
            Browsers.screenshot(driver, "dashboard-job.png");
        } finally {
            driver.quit();
        }
    }

    /**
     * Returns the job's spec as JSON text: multi:softprob with shallow trees (so that the predictions move for many
     * rounds), metrics, predictions, labels, feature importance and SHAP every step.
     */
    private static String spec(Path train, Path validation) {
        return """
                {"BaseJobName": "browser-job",
                 "HyperParameters": {"objective": "multi:softprob", "num_class": "3", "max_depth": "2", "eta": "0.1",
                                     "max_bin": "32", "nthread": "1", "num_round": "%d"},
                 "InputDataConfig": [
                   {"ChannelName": "train", "ContentType": "libsvm",
                    "DataSource": {"S3DataSource": {"S3Uri": "%s"}}},
                   {"ChannelName": "validation", "ContentType": "libsvm",
                    "DataSource": {"S3DataSource": {"S3Uri": "%s"}}}],
                 "DebugHookConfig": {
                   "HookParameters": {"save_interval": "1"},
                   "CollectionConfigurations": [
                     {"CollectionName": "metrics", "CollectionParameters": {"save_interval": "1"}},
                     {"CollectionName": "predictions", "CollectionParameters": {"save_interval": "1"}},
                     {"CollectionName": "labels", "CollectionParameters": {"save_interval": "1"}},
                     {"CollectionName": "feature_importance", "CollectionParameters": {"save_interval": "1"}},
                     {"CollectionName": "average_shap", "CollectionParameters": {"save_interval": "1"}}]}}
                """.formatted(ROUNDS, train, validation);
    }

    /**
     * Writes a LIBSVM file of three noisy classes: the label is the largest of the first three features plus noise, so
     * the model's predictions keep moving for many rounds.
     */
    private static Path threeClasses(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            double[] x = {random.nextDouble(), random.nextDouble(), random.nextDouble(), random.nextDouble()};
            text.append(noisyLargest(x, random));
            for (int i = 0; i < x.length; i++) {
                text.append(String.format(Locale.ROOT, " %d:%.4f", i, x[i]));
            }
            text.append('\n');
        }
        return Files.writeString(file, text);
    }

    /** Returns which of the first three features is largest once each gets some Gaussian noise. */
    private static int noisyLargest(double[] x, Random random) {
        int label = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < 3; k++) {
            double score = x[k] + random.nextGaussian() * 0.2;
            if (score > best) {
                best = score;
                label = k;
            }
        }
        return label;
    }

    /** Returns the status badge of the first run in the run list, or null while the list is empty. */
    private static @Nullable Object listedStatus(ChromeDriver driver) {
        return driver.executeScript("var badge = document.querySelector('#runs li .badge.status');"
                + " return badge ? badge.textContent : null;");
    }
}
