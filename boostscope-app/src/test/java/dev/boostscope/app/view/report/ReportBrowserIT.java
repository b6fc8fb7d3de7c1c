// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.boostscope.app.view.extract.RunSnapshots;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens a report of a real smdebug trial in headless Chromium (Debian's chromium and chromedriver, as .ci/run
 * installs them): it loads offline with no console message of level SEVERE, shows every section and decodes every
 * image. Saves a screenshot to {@code target/report-screenshot.png}. {@code -DskipBrowserTests} skips it locally.
 */
final class ReportBrowserIT {
    private static final Path TRIALS = Path.of("../boostscope-core/src/test/resources/golden/trials");

    @TempDir
    Path folder;

    @Test
    void report_binaryRun_opensInChromiumWithoutConsoleErrors() throws IOException {
        assumeFalse(Boolean.getBoolean("skipBrowserTests"), "browser tests skipped with -DskipBrowserTests");
        Path html = folder.resolve("report.html");
        try (Trial trial = Trials.open(TRIALS.resolve("binary-auc").toAbsolutePath().toString())) {
            Files.writeString(html, HtmlReport.render(RunSnapshots.from(trial), Instant.now()),
                    StandardCharsets.UTF_8);
        }
        ChromeDriver driver = driver();
        try {
            driver.get(html.toUri().toString());

            List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
            assertThat(severe).isEmpty();
            assertThat(driver.executeScript("return document.querySelectorAll('main > section').length"))
                    .isEqualTo(11L);
            assertThat((Long) driver.executeScript("return document.images.length")).isGreaterThanOrEqualTo(7L);
            assertThat(driver.executeScript("return Array.from(document.images)"
                    + ".filter(i => !(i.complete && i.naturalWidth > 0)).length")).isEqualTo(0L);
            screenshot(driver);
        } finally {
            driver.quit();
        }
    }

    private static ChromeDriver driver() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1100,1400");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        return new ChromeDriver(service, options);
    }

    private static void screenshot(ChromeDriver driver) throws IOException {
        Path target = Path.of(System.getProperty("boostscope.target", "target"));
        Files.createDirectories(target);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target.resolve("report-screenshot.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
