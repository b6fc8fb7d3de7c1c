// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.core.BoostscopeException;
import dev.boostscope.jobs.state.SecondaryStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The estimator's fit(inputs, wait=True), on CSV data. */
final class EstimatorIT {
    @TempDir
    Path dir;

    @AfterEach
    void killJobs() throws IOException {
        JobTesting.destroyAll(dir.resolve("jobs"));
    }

    private Estimator.Builder estimator() {
        return Estimator.newBuilder().home(JobTesting.home(dir.resolve("jobs"), Duration.ZERO, Map.of()))
                .contentType("text/csv").baseJobName("csv-demo");
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
}
