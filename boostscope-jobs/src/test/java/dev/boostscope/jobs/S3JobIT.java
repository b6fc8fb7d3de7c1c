// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.boostscope.core.format.TrialLayout;
import dev.boostscope.jobs.spec.JobSpecs;
import dev.boostscope.jobs.state.SecondaryStatus;
import dev.boostscope.jobs.state.StatusTransition;
import dev.boostscope.jobs.state.TrainingJobStatus;
import dev.boostscope.s3.S3Storage;
import dev.boostscope.s3.testing.S3ServerExtension;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A job whose inputs, debugger output and model are on S3 (a real S3 server on loopback). */
final class S3JobIT {
    @RegisterExtension
    static final S3ServerExtension S3 = new S3ServerExtension();

    @TempDir
    Path dir;
    private JobsHome home;
    private S3ServerExtension.Restorer properties;
    private String bucket;

    @BeforeEach
    void setUp() throws IOException {
        properties = S3.exportSystemProperties();
        home = JobTesting.home(dir.resolve("jobs"), Duration.ofMillis(100), S3.environment());
        bucket = S3.createBucket();
        try (S3Storage storage = S3.newStorage(URI.create("s3://" + bucket + "/demo/"))) {
            storage.put("train/part-0.libsvm", Files.readAllBytes(TestData.libsvm(dir.resolve("t"), 400, 5)));
            storage.put("train/part-1.libsvm", Files.readAllBytes(TestData.libsvm(dir.resolve("u"), 100, 6)));
            storage.put("validation/val.libsvm", Files.readAllBytes(TestData.libsvm(dir.resolve("v"), 200, 7)));
        }
    }

    @AfterEach
    void tearDown() throws IOException {
        JobTesting.destroyAll(home.path());
        properties.close();
    }

    @Test
    void s3Job_downloadsInputsWritesTrialAndModelToS3() throws Exception {
        String json = """
                {"TrainingJobName": "s3-job",
                 "HyperParameters": {"objective": "binary:logistic", "max_bin": "32", "nthread": "1",
                                     "max_depth": "3", "num_round": "20"},
                 "InputDataConfig": [
                   {"ChannelName": "train", "DataSource": {"S3DataSource": {"S3Uri": "s3://%1$s/demo/train"}}},
                   {"ChannelName": "validation", "ContentType": "text/libsvm",
                    "DataSource": {"S3DataSource": {"S3Uri": "s3://%1$s/demo/validation"}}}],
                 "OutputDataConfig": {"S3OutputPath": "s3://%1$s/models"},
                 "DebugHookConfig": {"S3OutputPath": "s3://%1$s/debug", "HookParameters": {"save_interval": "2"}}}
                """.formatted(bucket);
        TrainingJob job = home.create(JobSpecs.parse(JobTesting.utf8(json), "s3 spec"), "s3 spec");
        String trial = "s3://" + bucket + "/debug/s3-job/debug-output";
        assertThat(job.describe().debuggerArtifactsPath()).isEqualTo(trial);

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100)).until(() -> Set.of(
                SecondaryStatus.TRAINING, SecondaryStatus.COMPLETED).contains(job.describe().secondaryStatus()));
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100)).until(() ->
                job.describe().trainingJobStatus() == TrainingJobStatus.IN_PROGRESS
                        && !JobTesting.readAllSteps(trial).isEmpty()
                        && job.describe().trainingJobStatus() == TrainingJobStatus.IN_PROGRESS);
        JobDescription end = job.waitFor(Duration.ofMinutes(3));

        assertThat(end.secondaryStatus()).isEqualTo(SecondaryStatus.COMPLETED);
        assertThat(end.status().transitions()).extracting(StatusTransition::status)
                .contains(SecondaryStatus.DOWNLOADING);
        assertThat(job.directory().resolve("input/data/train/train/part-0.libsvm")).isRegularFile();
        assertThat(job.directory().resolve("input/data/train/train/part-1.libsvm")).isRegularFile();
        assertThat(JobTesting.readAllSteps(trial)).containsExactly(0, 2, 4, 6, 8, 10, 12, 14, 16, 18);
        assertThat(JobTesting.hasEndMarker(trial)).isTrue();
        String model = "s3://" + bucket + "/models/s3-job/output/model.ubj";
        assertThat(end.status().model()).contains(model);
        try (S3Storage storage = S3.newStorage(URI.create("s3://" + bucket + "/"))) {
            Booster booster = XGBoost.loadModel(storage.get("models/s3-job/output/model.ubj"));
            assertThat(booster.getNumBoostedRound()).isEqualTo(20);
            booster.dispose();
            assertThat(storage.exists("debug/s3-job/debug-output/" + TrialLayout.END_MARKER)).isTrue();
        }
    }

    @Test
    void create_missingS3Input_isRejectedBeforeStart() {
        String json = """
                {"TrainingJobName": "s3-missing", "HyperParameters": {"num_round": "2"},
                 "InputDataConfig": [{"ChannelName": "train",
                   "DataSource": {"S3DataSource": {"S3Uri": "s3://%s/nothing/here"}}}]}
                """.formatted(bucket);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> home.create(JobSpecs.parse(JobTesting.utf8(json),
                "s3 spec"), "s3 spec")).hasMessage("invalid job spec s3 spec: InputDataConfig[0].DataSource."
                        + "S3DataSource.S3Uri: 's3://" + bucket + "/nothing/here' is not readable: no objects under "
                        + "the prefix 'nothing/here'");
        assertThat(home.path().resolve("s3-missing")).doesNotExist();
    }
}
