// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class JobDirectoryTest {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path dir;

    static JobStatus appendRule(JobStatus status, String name) {
        List<RuleEvaluationStatus> rules = new ArrayList<>(status.ruleStatuses());
        rules.add(new RuleEvaluationStatus(name, "InProgress", null, T0));
        return status.withRuleStatuses(rules, T0);
    }

    @Test
    void update_concurrentThreads_loseNoChange() throws Exception {
        JobDirectory job = JobDirectory.of(dir);
        job.createStatus(JobStatus.starting("job-1", T0));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String name = "rule-" + i;
                futures.add(pool.submit(() -> job.update(status -> appendRule(status, name))));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(job.readStatus().ruleStatuses()).hasSize(100);
    }

    @Test
    void update_leavesNoTemporaryFiles() throws IOException {
        JobDirectory job = JobDirectory.of(dir);
        job.createStatus(JobStatus.starting("job-1", T0));
        job.update(status -> status.advance(SecondaryStatus.DOWNLOADING, "x", T0));

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("status.json", ".lock");
        }
    }

    @Test
    void requestStop_twice_keepsFirstReason() {
        JobDirectory job = JobDirectory.of(dir);

        job.requestStop("first");
        job.requestStop("second");

        assertThat(job.stopRequest()).contains("first");
    }

    @Test
    void progressAndHeartbeat_roundTrip() {
        JobDirectory job = JobDirectory.of(dir);
        assertThat(job.readProgress()).isEmpty();
        assertThat(job.readHeartbeat()).isEmpty();

        job.writeProgress(new Progress(3, 10, Map.of("train:rmse", 0.5), T0));
        job.writeHeartbeat(T0);

        assertThat(job.readProgress()).contains(new Progress(3, 10, Map.of("train:rmse", 0.5), T0));
        assertThat(job.readHeartbeat()).contains(T0);
    }
}
