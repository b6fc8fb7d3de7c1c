// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.boostscope.jobs.spec.JobSpec;
import dev.boostscope.jobs.spec.JobSpecs;
import dev.boostscope.jobs.state.JobProcess;
import dev.boostscope.jobs.state.SecondaryStatus;
import dev.boostscope.jobs.state.StatusTransition;
import dev.boostscope.jobs.state.TrainingJobStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jobs that end other than by completing: killed, out of time, stopped, failed. */
final class JobFaultsIT {
    @TempDir
    Path dir;
    private JobsHome home;
    private Path train;

    @BeforeEach
    void setUp() throws IOException {
        home = JobTesting.home(dir.resolve("jobs"), Duration.ofMillis(50), Map.of());
        train = TestData.libsvm(dir.resolve("train.libsvm"), 300, 3);
    }

    @AfterEach
    void killJobs() throws IOException {
        JobTesting.destroyAll(home.path());
    }

    private TrainingJob start(String name, String extraHyper, String extraTop) {
        return start(name, extraHyper, extraTop, train);
    }

    private TrainingJob start(String name, String extraHyper, String extraTop, Path data) {
        String json = """
                {"TrainingJobName": "%s",
                 "HyperParameters": {"objective": "binary:logistic", "max_bin": "32", "nthread": "1",
                                     "num_round": "100000" %s},
                 "InputDataConfig": [{"ChannelName": "train",
                                      "DataSource": {"S3DataSource": {"S3Uri": "%s"}}}],
                 "DebugHookConfig": {"HookParameters": {"save_interval": "1"}} %s}
                """.formatted(name, extraHyper, data, extraTop);
        JobSpec spec = JobSpecs.parse(JobTesting.utf8(json), name);
        return home.create(spec, name);
    }

    private static void awaitSteps(TrainingJob job, int count) {
        String trial = job.describe().debuggerArtifactsPath();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> Files.isDirectory(Path.of(trial)) && JobTesting.readAllSteps(trial).size() >= count);
    }

    private static List<Integer> upTo(int last) {
        return IntStream.rangeClosed(0, last).boxed().toList();
    }

    @Test
    void sigkill_runningJob_isMarkedFailedAndTrialKeepsEveryCompleteStep() {
        TrainingJob job = start("killed-job", "", "");
        awaitSteps(job, 3);
        JobProcess process = job.describe().status().process();

        process.live().orElseThrow().destroyForcibly();

        JobDescription failed = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(250))
                .until(job::describe, d -> d.status().isTerminal());
        assertThat(failed.secondaryStatus()).isEqualTo(SecondaryStatus.FAILED);
        assertThat(failed.status().failure())
                .contains("job process " + process.pid() + " died without reporting (killed?)");
        String trial = failed.debuggerArtifactsPath();
        List<Integer> steps = JobTesting.readAllSteps(trial);
        assertThat(steps).hasSizeGreaterThanOrEqualTo(3).isEqualTo(upTo(steps.get(steps.size() - 1)));
        assertThat(JobTesting.hasEndMarker(trial)).isFalse();
    }

    @Test
    void maxRuntime_oneSecond_stopsAsMaxRuntimeExceededWithTrialClosed() {
        TrainingJob job = start("short-job", "", ", \"StoppingCondition\": {\"MaxRuntimeInSeconds\": 1}");

        JobDescription end = job.waitFor(Duration.ofMinutes(2));

        assertThat(end.trainingJobStatus()).isEqualTo(TrainingJobStatus.STOPPED);
        assertThat(end.secondaryStatus()).isEqualTo(SecondaryStatus.MAX_RUNTIME_EXCEEDED);
        assertThat(end.status().stop()).contains("MaxRuntimeInSeconds (1) exceeded");
        assertThat(end.status().transitions()).extracting(StatusTransition::status).containsExactly(
                SecondaryStatus.STARTING, SecondaryStatus.DOWNLOADING, SecondaryStatus.TRAINING,
                SecondaryStatus.STOPPING, SecondaryStatus.MAX_RUNTIME_EXCEEDED);
        String trial = end.debuggerArtifactsPath();
        assertThat(JobTesting.hasEndMarker(trial)).isTrue();
        List<Integer> steps = JobTesting.readAllSteps(trial);
        assertThat(steps).isNotEmpty().isEqualTo(upTo(steps.get(steps.size() - 1)));
        assertThat(end.currentProgress().orElseThrow().round()).isEqualTo(steps.size());
        assertThat(end.status().model()).hasValueSatisfying(model -> assertThat(Path.of(model)).isRegularFile());
    }

    @Test
    void stop_runningJob_goesStoppingThenStoppedOnAWholeRound() {
        TrainingJob job = start("stopped-job", "", "");
        awaitSteps(job, 2);

        assertThat(job.stop()).isTrue();

        assertThat(job.describe().trainingJobStatus()).isIn(TrainingJobStatus.STOPPING, TrainingJobStatus.STOPPED);
        JobDescription end = job.waitFor(Duration.ofMinutes(1));
        assertThat(end.secondaryStatus()).isEqualTo(SecondaryStatus.STOPPED);
        assertThat(end.status().stop()).contains(TrainingJob.USER_STOP_REASON);
        assertThat(end.status().transitions().get(end.status().transitions().size() - 1).statusMessage())
                .isEqualTo("Training job stopped: " + TrainingJob.USER_STOP_REASON);
        assertThat(JobTesting.hasEndMarker(end.debuggerArtifactsPath())).isTrue();
        assertThat(job.stop()).isFalse();
    }

    @Test
    void malformedData_failsWithClientErrorNamingFileAndLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.libsvm"), "1 0:0.5 1:0.25\n0 0:zero\n");

        JobDescription end = start("bad-data-job", "", "", bad).waitFor(Duration.ofMinutes(2));

        assertThat(end.secondaryStatus()).isEqualTo(SecondaryStatus.FAILED);
        assertThat(end.status().failure()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("ClientError: " + bad + ":2:"));
        assertThat(end.status().transitions()).extracting(StatusTransition::status)
                .containsExactly(SecondaryStatus.STARTING, SecondaryStatus.DOWNLOADING, SecondaryStatus.FAILED);
    }

    @Test
    void badHyperParameter_failsWithAlgorithmErrorNamingIt() {
        TrainingJob job = start("bad-param-job", ", \"max_depth\": \"deep\"", "");

        JobDescription end = job.waitFor(Duration.ofMinutes(2));

        assertThat(end.secondaryStatus()).isEqualTo(SecondaryStatus.FAILED);
        assertThat(end.status().failure()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("AlgorithmError: ").contains("max_depth"));
        assertThat(job.logs()).contains("Failed: AlgorithmError: ");
    }
}
