// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import static org.awaitility.Awaitility.await;

import dev.boostscope.core.storage.LocalStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Measures how long a step takes from its index landing to the page showing it: a writer publishes steps of a
 * 10-class trial with 2,000 validation rows (as the notebook's Fashion-MNIST run) at a fixed pace and records when
 * each index was published; the page records when it rendered each step ({@code window.__stepShownAt}); both are this
 * machine's wall clock. Prints p50, p95 and max; asserts nothing. Not run by default; run it with
 * <pre>{@code
 * ./mvnw -B -o -pl boostscope-app -am verify -Dtest=NoSuch -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=DashboardLatencyBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
 *     [-Dbench.steps=60 -Dbench.intervalMs=200 -Dbench.warmup=5]
 * }</pre>
 */
final class DashboardLatencyBenchmark {
    private static final int STEPS = Integer.getInteger("bench.steps", 60);
    private static final int INTERVAL_MS = Integer.getInteger("bench.intervalMs", 200);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 5);
    private static final int ROWS = 2_000;
    private static final int CLASSES = 10;

    @TempDir
    Path dir;

    @Test
    void latency_indexLandedToStepShown() throws Exception {
        Path trials = Files.createDirectories(dir.resolve("trials"));
        ChromeDriver driver = Browsers.start(dir.resolve("profile"));
        Map<Integer, Long> published = new ConcurrentHashMap<>();
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
        try (TrialFixture fixture = TrialFixture.create(LocalStorage.open(trials.resolve("bench")), List.of(), ROWS,
                CLASSES); Dashboard dashboard = Dashboard.create(DashboardConfig.newBuilder()
                        .trialRoot(trials.toString()).build()).start()) {
            driver.get(dashboard.url() + "#/runs/bench");
            await().atMost(Duration.ofSeconds(60)).until(() -> driver.findElement(By.id("connection")).getText()
                    .equals("live"));
            AtomicInteger next = new AtomicInteger();
            writer.scheduleAtFixedRate(() -> {
                int step = next.getAndIncrement();
                if (step < STEPS) {
                    published.put(step, fixture.writeStep(step));
                }
            }, 0, INTERVAL_MS, TimeUnit.MILLISECONDS);
            await().atMost(Duration.ofSeconds(60 + STEPS * INTERVAL_MS / 1000L)).pollInterval(Duration.ofMillis(200))
                    .until(() -> shown(driver).size() >= STEPS);
            report(published, shown(driver), received(driver));
        } finally {
            writer.shutdownNow();
            driver.quit();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> shown(ChromeDriver driver) {
        return (Map<String, Object>) driver.executeScript("return window.__stepShownAt;");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> received(ChromeDriver driver) {
        return (Map<String, Object>) driver.executeScript("return window.__stepReceivedAt;");
    }

    private static void report(Map<Integer, Long> published, Map<String, Object> shown,
            Map<String, Object> received) {
        List<Double> total = new ArrayList<>();
        List<Double> server = new ArrayList<>();
        List<Double> page = new ArrayList<>();
        for (int step = WARMUP; step < STEPS; step++) {
            double shownAt = ((Number) shown.get(String.valueOf(step))).doubleValue();
            double receivedAt = ((Number) received.get(String.valueOf(step))).doubleValue();
            total.add(shownAt - published.get(step));
            server.add(receivedAt - published.get(step));
            page.add(shownAt - receivedAt);
        }
        System.out.printf(Locale.ROOT, "dashboard latency over %d steps (after %d warm-up, one every %d ms, %d rows x "
                + "%d classes, load average %.1f on %d cores)%n", total.size(), WARMUP, INTERVAL_MS, ROWS, CLASSES,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        print("index landed -> step shown", total);
        print("index landed -> event received by the page", server);
        print("event received -> step shown", page);
    }

    private static void print(String what, List<Double> values) {
        values.sort(Double::compare);
        System.out.printf(Locale.ROOT, "  %-45s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms%n", what,
                percentile(values, 50), percentile(values, 95), values.get(values.size() - 1));
    }

    private static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
