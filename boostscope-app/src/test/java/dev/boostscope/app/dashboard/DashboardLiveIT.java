// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.jobs.spec.JobSpec;
import dev.boostscope.jobs.spec.JobSpecs;
import dev.boostscope.jobs.state.JobDirectory;
import dev.boostscope.jobs.state.JobProcess;
import dev.boostscope.jobs.state.JobStatus;
import dev.boostscope.jobs.state.RuleEvaluationStatus;
import dev.boostscope.jobs.state.SecondaryStatus;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step and job events pushed over server-sent events while a trial is written and a job's status changes. */
final class DashboardLiveIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant T0 = Instant.parse("2026-03-04T05:06:07.089Z");

    @TempDir
    Path dir;

    @Test
    void events_stepsWrittenWhileWatching_arePushedInOrder() throws Exception {
        Path trials = Files.createDirectories(dir.resolve("trials"));
        try (TrialFixture fixture = TrialFixture.create(trials.resolve("run-1"));
                Dashboard dashboard = Dashboard.create(DashboardConfig.newBuilder().trialRoot(trials.toString())
                        .build()).start();
                EventStream events = EventStream.open(events(dashboard, "run-1"))) {
            // the run is listed once its collections file exists; its first step comes while the page watches
            assertThat(events.next(WAIT)).isEqualTo(new EventStream.Event("hello",
                    "{\"run\":\"run-1\",\"lastStep\":-1,\"ended\":false}"));
            fixture.writeStep(0);
            fixture.writeStep(1);

            assertThat(events.next("step", WAIT).data()).startsWith("{\"step\":0,");
            assertThat(events.next("step", WAIT).data()).isEqualTo("{\"step\":1,\"ended\":false,\"metrics\":["
                    + "{\"name\":\"train-mlogloss\",\"value\":0.5},{\"name\":\"validation-mlogloss\",\"value\":0.75}],"
                    + "\"confusion\":{\"labels\":[\"0\",\"1\",\"2\"],\"counts\":[[2,2,0],[0,2,2],[2,0,2]],"
                    + "\"rowNormalized\":[[0.5,0.5,0.0],[0.0,0.5,0.5],[0.5,0.0,0.5]]}}");
            fixture.writeStep(2);
            fixture.end();
            assertThat(events.next("step", WAIT).data()).startsWith("{\"step\":2,");
            assertThat(events.next("end", WAIT).data()).isEqualTo("{\"lastStep\":2}");
        }
    }

    @Test
    void events_jobStatusChanges_arePushed() throws Exception {
        Path home = Files.createDirectories(dir.resolve("jobs"));
        Path trial = dir.resolve("trials/job-1");
        JobDirectory job = job(home, "job-1", trial);
        try (TrialFixture fixture = TrialFixture.create(trial);
                Dashboard dashboard = Dashboard.create(DashboardConfig.newBuilder().jobsHome(home)
                        .trialRoot(Files.createDirectories(dir.resolve("trials")).toString()).build()).start();
                EventStream events = EventStream.open(events(dashboard, "job-1"))) {
            // steps complete before the page joined are in its hello (the page reads them over REST), not pushed
            assertThat(events.next("hello", WAIT).data()).isEqualTo(
                    "{\"run\":\"job-1\",\"lastStep\":-1,\"ended\":false}");
            fixture.writeStep(0);
            assertThat(events.next("job", WAIT).data()).contains("\"TrainingJobStatus\":\"InProgress\"")
                    .contains("\"SecondaryStatus\":\"Training\"");
            job.update(s -> s.withRuleStatuses(List.of(new RuleEvaluationStatus("LossNotDecreasing", "IssuesFound",
                    "'validation-mlogloss' did not decrease <b>for 3 steps</b>", T0.plusSeconds(9))),
                    T0.plusSeconds(9)));

            assertThat(events.next("job", WAIT).data()).contains("\"RuleConfigurationName\":\"LossNotDecreasing\"")
                    .contains("\"RuleEvaluationStatus\":\"IssuesFound\"").doesNotContain("JobDirectory");
            assertThat(events.next("step", WAIT).data()).startsWith("{\"step\":0,");
            assertThat(Http.to(dashboard).get("/api/runs").body()).isEqualTo("{\"runs\":[{\"id\":\"job-1\","
                    + "\"kind\":\"job\",\"name\":\"job-1\",\"location\":\"" + trial.toUri() + "\","
                    + "\"status\":\"InProgress\",\"secondaryStatus\":\"Training\"}]}");
        }
    }

    private static URI events(Dashboard dashboard, String run) {
        return URI.create("http://127.0.0.1:" + dashboard.port() + "/api/runs/" + run + "/events");
    }

    /** Writes a job folder whose process is this JVM (so it counts as alive), training, writing to a trial. */
    static JobDirectory job(Path home, String name, Path trial) throws Exception {
        JobDirectory job = JobDirectory.of(Files.createDirectories(home.resolve(name)));
        JobSpec spec = JobSpecs.parse(("{\"TrainingJobName\": \"" + name + "\", \"HyperParameters\": "
                + "{\"num_round\": \"10\"}, \"InputDataConfig\": [{\"ChannelName\": \"train\", \"DataSource\": "
                + "{\"S3DataSource\": {\"S3Uri\": \"/data/train.libsvm\"}}}], \"OutputDataConfig\": "
                + "{\"S3OutputPath\": \"/out\"}, \"DebugHookConfig\": {\"LocalPath\": \"" + trial + "\"}}")
                .getBytes(StandardCharsets.UTF_8), name);
        job.write(JobDirectory.SPEC, JobSpecs.bytes(spec), false);
        job.createStatus(JobStatus.starting(name, T0).withProcess(JobProcess.of(ProcessHandle.current()))
                .advance(SecondaryStatus.DOWNLOADING, "Downloading input data", T0.plusSeconds(1))
                .advance(SecondaryStatus.TRAINING, "Training in progress", T0.plusSeconds(2)));
        return job;
    }
}
