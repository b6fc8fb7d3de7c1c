// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import static dev.boostscope.app.dashboard.Browsers.cells;
import static dev.boostscope.app.dashboard.Browsers.severeConsoleEntries;
import static dev.boostscope.app.dashboard.Browsers.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.boostscope.core.storage.LocalStorage;
import dev.boostscope.jobs.state.JobDirectory;
import dev.boostscope.jobs.state.RuleEvaluationStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The page in headless Chromium while a simulated job trains: its step number and confusion matrix change without a
 * reload, the play button animates through the steps, and markup in data (a metric name, a rule's name and finding,
 * a trial folder's name, feature names) shows as text without running; on a two-worker run, the worker picker shows
 * one metric line per worker or one worker's views, and the live feed follows; a run without feature importance and
 * SHAP says which collections to enable, with no console error over its refreshes. {@link DashboardJobBrowserIT}
 * watches a real job.
 */
final class DashboardBrowserIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** A finding whose text would run script if the page parsed it as markup. */
    private static final String FINDING = "<img src=x onerror=\"window.__pwned=2\"> did not decrease";
    /** A rule configuration name (the jobs module does not restrict them) that would run script as markup. */
    private static final String RULE = "loss-<img src=x onerror=\"window.__pwned=5\">";

    /** A trial folder name (Linux allows markup in one) that would run script if the page parsed it as markup. */
    private static final String FOLDER = "<img src=x onerror=\"window.__pwned=3\">";
    /** A feature name short enough to be drawn whole on the bar charts, that would run script as markup. */
    private static final String FEATURE = "<svg onload=__pwned=4>";

    @TempDir
    Path dir;

    @Test
    void page_whileAJobTrains_showsNewStepsWithoutReload() throws Exception {
        Path home = Files.createDirectories(dir.resolve("jobs"));
        Path trial = dir.resolve("trials/job-1");
        JobDirectory job = DashboardLiveIT.job(home, "job-1", trial);
        ChromeDriver driver = Browsers.start(dir.resolve("profile"));
        try (TrialFixture fixture = TrialFixture.create(LocalStorage.open(trial), List.of(TrialFixture.PAYLOAD));
                Dashboard dashboard = Dashboard.create(DashboardConfig.newBuilder().jobsHome(home).build()).start()) {
            fixture.writeStep(0);
            driver.get(dashboard.url() + "#/runs/job-1");
            await().atMost(WAIT).until(() -> text(driver, "step-number").equals("0")
                    && !cells(driver).isEmpty());
            Browsers.markWindow(driver);
            String firstMatrix = cells(driver);

            for (int step = 1; step <= 3; step++) {
                fixture.writeStep(step);
                int shown = step;
                await().atMost(WAIT).until(() -> text(driver, "step-number").equals(String.valueOf(shown))
                        && text(driver, "cm-step").equals("step " + shown));
            }
            job.update(s -> s.withRuleStatuses(List.of(new RuleEvaluationStatus(RULE, "IssuesFound", FINDING,
                    Instant.now())), Instant.now()));
            await().atMost(WAIT).until(() -> text(driver, "rules").contains(FINDING) && text(driver, "rules")
                    .contains(RULE));
            // importance and SHAP follow on their slower refresh
            await().atMost(WAIT).until(() -> text(driver, "importance-top").equals("top 4 at step 3"));

            assertThat(cells(driver)).isNotEqualTo(firstMatrix);
            assertThat(Browsers.windowStillMarked(driver)).isTrue();
            assertMarkupShownAsText(driver);
            Browsers.screenshot(driver, "dashboard-browser.png");
            assertPlayAnimatesThroughSteps(driver);
            assertThat(severeConsoleEntries(driver)).isEmpty();
        } finally {
            driver.quit();
        }
    }

    @Test
    void page_twoWorkerTrial_pickerShowsEachWorkerAndTheLiveFeedFollows() throws Exception {
        Path trials = Files.createDirectories(dir.resolve("trials"));
        List<TrialFixture> workers = TrialFixture.createWorkers(trials.resolve("run-2"), 2);
        ChromeDriver driver = Browsers.start(dir.resolve("profile"));
        try (Dashboard dashboard = Dashboard.create(DashboardConfig.newBuilder().trialRoot(trials.toString())
                .build()).start()) {
            workers.forEach(worker -> worker.writeStep(0));
            driver.get(dashboard.url() + "#/runs/run-2");
            await().atMost(WAIT).until(() -> text(driver, "step-number").equals("0") && !cells(driver).isEmpty()
                    && driver.findElement(By.id("worker-picker")).isDisplayed());
            assertThat(driver.findElements(By.cssSelector("#worker option")).stream().map(WebElement::getText))
                    .containsExactly("worker_0", "worker_1", "all workers (metrics)");

            pick(driver, "all");
            await().atMost(WAIT).until(() -> text(driver, "metrics").contains("train-mlogloss · worker_1"));
            workers.forEach(worker -> worker.writeStep(1));
            await().atMost(WAIT).until(() -> text(driver, "step-number").equals("1"));
            assertThat(text(driver, "metrics")).contains("train-mlogloss · worker_0", "validation-mlogloss · worker_1");
            String firstWorkerMatrix = cells(driver);

            pick(driver, "worker_1");
            await().atMost(WAIT).until(() -> text(driver, "metrics-subtitle").endsWith("worker_1")
                    && !text(driver, "metrics").contains("·") && text(driver, "cm-step").equals("step 1")
                    && !cells(driver).equals(firstWorkerMatrix));
            String secondWorkerMatrix = cells(driver);
            workers.forEach(worker -> worker.writeStep(2));
            workers.get(0).end();
            // worker_1 predicts as badly at every step: its step-2 matrix, fetched for it, is its step-1 matrix
            await().atMost(WAIT).until(() -> text(driver, "step-number").equals("2")
                    && text(driver, "cm-step").equals("step 2"));
            assertThat(cells(driver)).isEqualTo(secondWorkerMatrix);
            assertThat(severeConsoleEntries(driver)).isEmpty();
            Browsers.screenshot(driver, "dashboard-workers.png");
        } finally {
            driver.quit();
            workers.forEach(TrialFixture::close);
        }
    }

    @Test
    void page_markupInTrialFolderAndFeatureNames_isShownAsText() throws Exception {
        Path trials = Files.createDirectories(dir.resolve("trials"));
        ChromeDriver driver = Browsers.start(dir.resolve("profile"));
        try (TrialFixture fixture = TrialFixture.withFeatures(trials.resolve(FOLDER), List.of(TrialFixture.PAYLOAD),
                List.of("f0", FEATURE));
                Dashboard dashboard = Dashboard.create(DashboardConfig.newBuilder().trialRoot(trials.toString())
                        .build()).start()) {
            fixture.writeStep(0);
            fixture.writeStep(1);
            fixture.end();
            // the page opens the only run by itself
            driver.get(dashboard.url().toString());
            await().atMost(WAIT).until(() -> text(driver, "run-name").equals(FOLDER)
                    && text(driver, "step-number").equals("1")
                    && text(driver, "importance-top").equals("top 2 at step 1")
                    && text(driver, "shap").contains(FEATURE));

            assertThat(driver.executeScript("return typeof window.__pwned;")).isEqualTo("undefined");
            assertThat(text(driver, "runs")).contains(FOLDER);
            assertThat(text(driver, "metrics")).contains(TrialFixture.PAYLOAD);
            assertThat(text(driver, "importance")).contains(FEATURE);
            assertThat(text(driver, "importance-bars")).contains(FEATURE);
            assertThat(driver.findElements(By.cssSelector("#runs img, #run-name img, #metrics img, "
                    + "#importance .legend svg, #importance-bars svg svg, #shap svg svg"))).isEmpty();
            assertThat(severeConsoleEntries(driver)).isEmpty();
            Browsers.screenshot(driver, "dashboard-markup.png");
        } finally {
            driver.quit();
        }
    }

    @Test
    void page_runWithoutImportanceOrShap_saysWhichCollectionsToEnableWithoutConsoleErrors() throws Exception {
        Path trials = Files.createDirectories(dir.resolve("trials"));
        ChromeDriver driver = Browsers.start(dir.resolve("profile"));
        try (TrialFixture fixture = TrialFixture.withoutImportanceOrShap(trials.resolve("demo"));
                Dashboard dashboard = Dashboard.create(DashboardConfig.newBuilder().trialRoot(trials.toString())
                        .build()).start()) {
            fixture.writeStep(0);
            driver.get(dashboard.url().toString());
            await().atMost(WAIT).until(() -> text(driver, "step-number").equals("0")
                    && text(driver, "importance-note").contains("enable the feature_importance collection")
                    && text(driver, "shap-note").contains("enable the average_shap collection"));

            // each step schedules the slower importance and SHAP refresh: wait for two more of them
            for (int step = 1; step <= 2; step++) {
                long asked = importanceRequests(driver);
                fixture.writeStep(step);
                await().atMost(WAIT).until(() -> importanceRequests(driver) > asked);
            }
            assertThat(text(driver, "importance-note")).contains("enable the feature_importance collection");
            assertThat(text(driver, "shap-note")).contains("enable the average_shap collection");
            assertThat(driver.findElements(By.cssSelector("#importance svg, #importance-bars svg, #shap svg")))
                    .isEmpty();
            assertThat(driver.findElement(By.id("importance-type")).isDisplayed()).isFalse();
            assertThat(severeConsoleEntries(driver)).isEmpty();
        } finally {
            driver.quit();
        }
    }

    /** Returns how many times the page asked for feature importance since it loaded. */
    private static long importanceRequests(ChromeDriver driver) {
        return (Long) driver.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(function (e) { return e.name.indexOf('/importance?') >= 0; }).length;");
    }

    /** Chooses a worker in the picker as a user would, firing the change event. */
    private static void pick(ChromeDriver driver, String worker) {
        driver.executeScript("var s = document.getElementById('worker'); s.value = arguments[0];"
                + "s.dispatchEvent(new Event('change'));", worker);
    }

    private static void assertMarkupShownAsText(ChromeDriver driver) {
        assertThat(driver.executeScript("return typeof window.__pwned;")).isEqualTo("undefined");
        assertThat(driver.findElement(By.id("metrics")).getText()).contains(TrialFixture.PAYLOAD);
        assertThat(driver.findElements(By.cssSelector("#metrics img, #rules img"))).isEmpty();
    }

    private static void assertPlayAnimatesThroughSteps(ChromeDriver driver) {
        driver.findElement(By.id("cm-play")).click();
        await().atMost(WAIT).until(() -> text(driver, "cm-step").equals("step 0"));
        await().atMost(WAIT).until(() -> text(driver, "cm-step").equals("step 3")
                && "false".equals(driver.findElement(By.id("cm-play")).getAttribute("aria-pressed")));
    }
}
