// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.boostscope.core.BoostscopeException;
import dev.boostscope.jobs.state.SecondaryStatus;
import dev.boostscope.jobs.state.StatusTransition;
import dev.boostscope.jobs.state.TrainingJobStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The estimator's fit(inputs, wait=True) and fit(inputs, wait=False) with the job handle, on CSV data. */
final class EstimatorIT {
    @TempDir
    Path dir;

    @AfterEach
    void killJobs() throws IOException {
        JobTesting.destroyAll(dir.resolve("jobs"));
    }

    private Estimator.Builder estimator() {
        return estimator(Duration.ZERO);
    }

    private Estimator.Builder estimator(Duration minRound) {
        return Estimator.newBuilder().home(JobTesting.home(dir.resolve("jobs"), minRound, Map.of()))
                .contentType("text/csv").baseJobName("csv-demo");
    }

    private Map<String, String> inputs() throws IOException {
        return Map.of("train", TestData.csv(dir.resolve("train.csv"), 200, 24).toString(),
                "validation", TestData.csv(dir.resolve("validation.csv"), 60, 25).toString());
    }

    private static Map<String, String> hyperParameters(int rounds) {
        return Map.of("objective", "binary:logistic", "max_bin", "32", "nthread", "1",
                "num_round", Integer.toString(rounds));
    }

    @Test
    void fitAndWait_csvInputs_completesWithArtifactsPath() throws IOException {
        Path train = TestData.csv(dir.resolve("train.csv"), 300, 21);
        Path validation = TestData.csv(dir.resolve("validation.csv"), 100, 22);
        Estimator estimator = estimator().hyperParameters(Map.of("objective", "binary:logistic", "max_bin", "32",
                "nthread", "1", "num_round", "8")).build();

        TrainingJob job = estimator.fit(Map.of("train", train.toString(), "validation", validation.toString()), true);

        JobDescription end = job.describe();
        assertThat(end.secondaryStatus()).isEqualTo(SecondaryStatus.COMPLETED);
        assertThat(estimator.latestTrainingJob()).containsSame(job);
        assertThat(estimator.latestJobDebuggerArtifactsPath())
                .contains(job.directory().resolve("debug-output").toString());
        assertThat(end.status().finalMetrics()).hasSize(2);
        assertThat(Files.size(job.directory().resolve("output/model.ubj"))).isPositive();
    }

    @Test
    void fitAndWait_failingJob_throwsWithTheReason() throws IOException {
        Path train = TestData.csv(dir.resolve("train.csv"), 50, 23);
        Estimator estimator = estimator().hyperParameters(Map.of("num_round", "3", "eta", "fast")).build();

        assertThatThrownBy(() -> estimator.fit(Map.of("train", train.toString()), true))
                .isInstanceOf(BoostscopeException.class)
                .hasMessageStartingWith("training job csv-demo-").hasMessageContaining(" failed: AlgorithmError: ");
    }

    @Test
    void fitWithoutWait_returnsWhileInProgress_waitForReturnsTheCompletedDescription() throws IOException {
        Estimator estimator = estimator(Duration.ofMillis(100)).hyperParameters(hyperParameters(10)).build();

        TrainingJob job = estimator.fit(inputs(), false);

        JobDescription running = job.describe();
        assertThat(running.trainingJobStatus()).isEqualTo(TrainingJobStatus.IN_PROGRESS);
        assertThat(running.name()).isEqualTo(job.name()).startsWith("csv-demo-");
        assertThat(estimator.latestTrainingJob()).containsSame(job);
        JobDescription end = job.waitFor(Duration.ofMinutes(2));
        assertThat(end.trainingJobStatus()).isEqualTo(TrainingJobStatus.COMPLETED);
        assertThat(end.status().transitions()).extracting(StatusTransition::status).containsExactly(
                SecondaryStatus.STARTING, SecondaryStatus.DOWNLOADING, SecondaryStatus.TRAINING,
                SecondaryStatus.UPLOADING, SecondaryStatus.COMPLETED);
        assertThat(end.currentProgress().orElseThrow().round()).isEqualTo(10);
        assertThat(end.status().model()).contains(job.directory().resolve("output/model.ubj").toString());
        assertThat(job.describe().status()).isEqualTo(end.status());
    }

    @Test
    void fitWithoutWait_stopOnTheHandle_endsStoppedWithTheReason() throws IOException {
        Estimator estimator = estimator(Duration.ofMillis(50)).hyperParameters(hyperParameters(100000)).build();
        TrainingJob job = estimator.fit(inputs(), false);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> job.describe().currentProgress().isPresent());
        JobDescription stillRunning = job.waitFor(Duration.ofMillis(1));
        assertThat(stillRunning.trainingJobStatus()).isEqualTo(TrainingJobStatus.IN_PROGRESS);
        assertThat(stillRunning.secondaryStatus()).isEqualTo(SecondaryStatus.TRAINING);

        assertThat(job.stop()).isTrue();

        JobDescription end = job.waitFor(Duration.ofMinutes(1));
        assertThat(end.trainingJobStatus()).isEqualTo(TrainingJobStatus.STOPPED);
        assertThat(end.secondaryStatus()).isEqualTo(SecondaryStatus.STOPPED);
        assertThat(end.status().stop()).contains("a stop was requested (StopTrainingJob)");
        assertThat(end.status().transitions()).extracting(StatusTransition::status).containsSubsequence(
                SecondaryStatus.TRAINING, SecondaryStatus.STOPPING, SecondaryStatus.STOPPED);
        assertThat(end.status().transitions().get(end.status().transitions().size() - 1).statusMessage())
                .isEqualTo("Training job stopped: a stop was requested (StopTrainingJob)");
        assertThat(JobTesting.hasEndMarker(end.debuggerArtifactsPath())).isTrue();
        assertThat(job.stop()).isFalse();
    }
}
