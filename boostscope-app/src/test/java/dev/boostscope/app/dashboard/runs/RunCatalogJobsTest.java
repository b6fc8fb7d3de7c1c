// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.jobs.spec.JobSpec;
import dev.boostscope.jobs.spec.JobSpecs;
import dev.boostscope.jobs.state.JobDirectory;
import dev.boostscope.jobs.state.JobProcess;
import dev.boostscope.jobs.state.JobStatus;
import dev.boostscope.jobs.state.SecondaryStatus;
import dev.boostscope.testkit.ManualClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class RunCatalogJobsTest {
    private static final Instant T0 = Instant.parse("2026-03-04T05:06:07.089Z");

    @TempDir
    Path dir;

    @Test
    void list_jobsNewestFirst_thenTrialsNoJobOwns() throws Exception {
        Path home = Files.createDirectories(dir.resolve("jobs"));
        Path trials = Files.createDirectories(dir.resolve("trials"));
        job(home, "older", trials.resolve("older"), T0);
        job(home, "newer", trials.resolve("newer"), T0.plusSeconds(60));
        Files.createDirectories(trials.resolve("older/index"));
        Files.createDirectories(trials.resolve("bare/index"));

        try (RunCatalog catalog = new RunCatalog(List.of(trials.toUri()), home, ManualClock.create())) {
            assertThat(catalog.list()).extracting(l -> l.run().id(), l -> l.run().kind(), RunListing::status,
                    RunListing::secondaryStatus).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("newer", RunKind.JOB, "InProgress", "Training"),
                    org.assertj.core.groups.Tuple.tuple("older", RunKind.JOB, "InProgress", "Training"),
                    org.assertj.core.groups.Tuple.tuple("bare", RunKind.TRIAL, "InProgress", null));
        }
    }

    @Test
    void list_unreadableJobFolder_isLeftOut() throws Exception {
        Path home = Files.createDirectories(dir.resolve("jobs"));
        job(home, "good", dir.resolve("trials/good"), T0);
        Files.writeString(Files.createDirectories(home.resolve("broken")).resolve(JobDirectory.STATUS), "{not json");

        try (RunCatalog catalog = new RunCatalog(List.of(), home, ManualClock.create())) {
            assertThat(catalog.list()).extracting(l -> l.run().id()).containsExactly("good");
        }
    }

    @Test
    void describe_jobRun_leavesLocalPathsOut() throws Exception {
        Path home = Files.createDirectories(dir.resolve("jobs"));
        job(home, "good", dir.resolve("trials/good"), T0);

        try (RunCatalog catalog = new RunCatalog(List.of(), home, ManualClock.create())) {
            RunRef run = catalog.find("good").orElseThrow().run();

            assertThat(JobStatuses.describe(run)).get().satisfies(json -> {
                assertThat(json.get("SecondaryStatus").asText()).isEqualTo("Training");
                assertThat(json.has("JobDirectory")).isFalse();
                assertThat(json.has("Process")).isFalse();
            });
            assertThat(run.trialUri()).hasToString(dir.resolve("trials/good").toUri() + "/");
        }
    }

    private static void job(Path home, String name, Path trial, Instant created) throws Exception {
        JobDirectory job = JobDirectory.of(Files.createDirectories(home.resolve(name)));
        JobSpec spec = JobSpecs.parse(("{\"TrainingJobName\": \"" + name + "\", \"HyperParameters\": "
                + "{\"num_round\": \"10\"}, \"InputDataConfig\": [{\"ChannelName\": \"train\", \"DataSource\": "
                + "{\"S3DataSource\": {\"S3Uri\": \"/data/train.libsvm\"}}}], \"OutputDataConfig\": "
                + "{\"S3OutputPath\": \"/out\"}, \"DebugHookConfig\": {\"LocalPath\": \"" + trial + "\"}}")
                .getBytes(StandardCharsets.UTF_8), name);
        job.write(JobDirectory.SPEC, JobSpecs.bytes(spec), false);
        job.createStatus(JobStatus.starting(name, created).withProcess(JobProcess.of(ProcessHandle.current()))
                .advance(SecondaryStatus.TRAINING, "Training in progress", created.plusSeconds(1)));
    }
}
