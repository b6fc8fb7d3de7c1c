// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several processes (CLI invocations, the job process) updating one status file through its lock lose nothing. */
final class JobDirectoryLockIT {
    private static final int PROCESSES = 3;
    private static final int UPDATES = 60;

    @TempDir
    Path dir;

    @Test
    void update_concurrentProcesses_loseNoChangeAndLeaveValidJson() throws Exception {
        JobDirectory job = JobDirectory.of(dir);
        job.createStatus(JobStatus.starting("job-1", Instant.parse("2026-01-02T03:04:05Z")));
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < PROCESSES; p++) {
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), StatusHammer.class.getName(), dir.toString(),
                    "process" + p, String.valueOf(UPDATES)).inheritIO().start());
        }
        StatusHammer.main(new String[] {dir.toString(), "test-jvm", String.valueOf(UPDATES)});
        for (Process process : processes) {
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(process.exitValue()).isZero();
        }

        assertThat(job.readStatus().ruleStatuses()).hasSize((PROCESSES + 1) * UPDATES)
                .extracting(RuleEvaluationStatus::ruleConfigurationName).doesNotHaveDuplicates();
    }
}
