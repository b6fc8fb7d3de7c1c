// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts headless Chromium through the Debian {@code chromium} and {@code chromium-driver} packages, with the flags
 * that work on machines without a display or a sandbox. A missing browser fails the test loudly (CI installs it),
 * unless {@code -DskipBrowserTests} was given, which skips it. Also reads what the dashboard page shows: an element's
 * text, the confusion matrix's cells, the console's errors.
 */
final class Browsers {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browsers() {
    }

    static ChromeDriver start(Path profile) {
        Assumptions.assumeFalse(Boolean.getBoolean("skipBrowserTests"), "browser tests skipped (-DskipBrowserTests)");
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new AssertionError("headless Chromium is needed: install it with 'apt-get install -y chromium "
                    + "chromium-driver' (" + CHROMIUM + ", " + CHROMEDRIVER + "), or skip these tests locally with "
                    + "-DskipBrowserTests");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,2100", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).build();
        return new ChromeDriver(service, options);
    }

    /** Saves a screenshot under the module's target folder and returns where. */
    static Path screenshot(ChromeDriver driver, String name) {
        Path target = Path.of(System.getProperty("boostscope.target", "target"));
        try {
            Files.createDirectories(target);
            Path file = target.resolve(name);
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the text of the page's element with an id. */
    static String text(ChromeDriver driver, String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /**
     * Returns the counts written in the confusion matrix's cells, row by row, comma-separated. Read in one script, so
     * that a matrix redrawn meanwhile never leaves a stale element.
     */
    static String cells(ChromeDriver driver) {
        return String.valueOf(driver.executeScript("return Array.from(document.querySelectorAll("
                + "'#confusion text.cell-text')).map(function (t) { return t.textContent; }).join(',');"));
    }

    /** Returns the browser console's entries of level SEVERE (script errors, failed loads) since the last call. */
    static List<String> severeConsoleEntries(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Marks the page's window; the mark is gone if the page reloads or navigates away. */
    static void markWindow(ChromeDriver driver) {
        driver.executeScript("window.__loadedOnce = 'yes';");
    }

    /** Returns whether the window still carries {@link #markWindow}'s mark: the page was not reloaded since. */
    static boolean windowStillMarked(ChromeDriver driver) {
        return "yes".equals(driver.executeScript("return window.__loadedOnce;"));
    }
}
