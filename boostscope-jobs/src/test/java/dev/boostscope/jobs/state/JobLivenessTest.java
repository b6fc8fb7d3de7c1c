// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class JobLivenessTest {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path dir;

    private JobDirectory running(JobProcess process) {
        JobDirectory job = JobDirectory.of(dir);
        job.createStatus(JobStatus.starting("job-1", T0).withProcess(process)
                .advance(SecondaryStatus.TRAINING, "Training", T0));
        job.writeHeartbeat(T0);
        return job;
    }

    private static JobProcess exited() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return new JobProcess(process.pid(), Hosts.localName(), null);
    }

    @Test
    void reconcile_deadProcessStaleHeartbeat_marksFailedWithReason() throws Exception {
        JobProcess dead = exited();
        JobDirectory job = running(dead);
        JobLiveness liveness = JobLiveness.using(InstantSource.fixed(T0.plusSeconds(10)));

        JobStatus status = liveness.reconcile(job, job.readStatus());

        assertThat(status.secondaryStatus()).isEqualTo(SecondaryStatus.FAILED);
        assertThat(status.failure()).contains("job process " + dead.pid() + " died without reporting (killed?)");
        assertThat(job.readStatus()).isEqualTo(status);
    }

    @Test
    void reconcile_deadProcessFreshHeartbeat_waits() throws Exception {
        JobDirectory job = running(exited());
        JobLiveness liveness = JobLiveness.using(InstantSource.fixed(T0.plusSeconds(1)));

        assertThat(liveness.reconcile(job, job.readStatus()).secondaryStatus()).isEqualTo(SecondaryStatus.TRAINING);
    }

    @Test
    void reconcile_liveProcess_staysInProgress() {
        JobDirectory job = running(JobProcess.of(ProcessHandle.current()));
        JobLiveness liveness = JobLiveness.using(InstantSource.fixed(T0.plusSeconds(3600)));

        assertThat(liveness.reconcile(job, job.readStatus()).secondaryStatus()).isEqualTo(SecondaryStatus.TRAINING);
    }

    @Test
    void reconcile_pidReusedByAnotherProcess_marksFailed() {
        JobProcess self = JobProcess.of(ProcessHandle.current());
        JobProcess reused = new JobProcess(self.pid(), self.host(), Instant.parse("2000-01-01T00:00:00Z"));
        JobDirectory job = running(reused);
        JobLiveness liveness = JobLiveness.using(InstantSource.fixed(T0.plusSeconds(10)));

        assertThat(liveness.reconcile(job, job.readStatus()).secondaryStatus()).isEqualTo(SecondaryStatus.FAILED);
    }

    @Test
    void reconcile_otherHost_usesLongerHeartbeatLimit() {
        JobDirectory job = running(new JobProcess(1, "another-host", null));

        assertThat(JobLiveness.using(InstantSource.fixed(T0.plusSeconds(30))).reconcile(job, job.readStatus())
                .secondaryStatus()).isEqualTo(SecondaryStatus.TRAINING);
        assertThat(JobLiveness.using(InstantSource.fixed(T0.plusSeconds(90))).reconcile(job, job.readStatus())
                .failure()).contains("job process 1 on another-host stopped its heartbeat without reporting");
    }
}
