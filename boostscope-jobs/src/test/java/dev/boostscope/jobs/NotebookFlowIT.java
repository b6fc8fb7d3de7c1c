// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import dev.boostscope.jobs.spec.JobSpec;
import dev.boostscope.jobs.spec.JobSpecs;
import dev.boostscope.jobs.state.MetricData;
import dev.boostscope.jobs.state.RuleEvaluationStatus;
import dev.boostscope.jobs.state.SecondaryStatus;
import dev.boostscope.jobs.state.StatusTransition;
import dev.boostscope.jobs.state.TrainingJobStatus;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notebook's flow: fit(wait=False), poll describe until Training, read the trial while it runs. */
final class NotebookFlowIT {
    private static final int ROUNDS = 30;

    @TempDir
    Path dir;
    private JobsHome home;
    private Path train;

    @BeforeEach
    void setUp() throws IOException {
        home = JobTesting.home(dir.resolve("jobs"), Duration.ofMillis(100), Map.of());
        train = TestData.libsvm(dir.resolve("data/train/part-0.libsvm"), 400, 1);
        TestData.libsvm(dir.resolve("data/validation.libsvm"), 200, 2);
    }

    @AfterEach
    void killJobs() throws IOException {
        JobTesting.destroyAll(home.path());
    }

    private JobSpec spec() {
        String json = """
                {"BaseJobName": "demo-smdebug-xgboost-classification",
                 "HyperParameters": {"max_depth": "3", "eta": "0.3", "objective": "binary:logistic",
                                     "max_bin": "32", "nthread": "1", "num_round": "%d"},
                 "InputDataConfig": [
                   {"ChannelName": "train", "ContentType": "libsvm",
                    "DataSource": {"S3DataSource": {"S3Uri": "%s"}}},
                   {"ChannelName": "validation", "ContentType": "text/libsvm",
                    "DataSource": {"S3DataSource": {"S3Uri": "%s"}}}],
                 "StoppingCondition": {"MaxRuntimeInSeconds": 1800},
                 "DebugHookConfig": {"HookParameters": {"save_interval": "3"},
                   "CollectionConfigurations": [{"CollectionName": "metrics",
                                                 "CollectionParameters": {"save_interval": "3"}}]},
                 "DebugRuleConfigurations": [
                   {"RuleConfigurationName": "lenient-overfit",
                    "RuleParameters": {"rule_to_invoke": "Overfit", "ratio_threshold": "1000"}},
                   {"RuleConfigurationName": "compare-missing-run",
                    "RuleParameters": {"rule_to_invoke": "SimilarAcrossRuns", "other_trial": "no-such-job"}}]}
                """.formatted(ROUNDS, dir.resolve("data/train").toUri(), dir.resolve("data/validation.libsvm"));
        return JobSpecs.parse(JobTesting.utf8(json), "notebook spec");
    }

    private static boolean inProgress(TrainingJob job) {
        return job.describe().trainingJobStatus() == TrainingJobStatus.IN_PROGRESS;
    }

    @Test
    void notebookFlow_createPollReadTrialWhileTraining_completesWithLoadableModel() throws Exception {
        TrainingJob job = home.create(spec(), "notebook spec");
        assertThat(job.name()).matches("demo-smdebug-xgboost-classification-\\d{4}(-\\d{2}){5}-\\d{3}");

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100)).until(() -> Set.of(
                SecondaryStatus.TRAINING, SecondaryStatus.COMPLETED).contains(job.describe().secondaryStatus()));
        JobDescription training = job.describe();
        assertThat(training.secondaryStatus()).isEqualTo(SecondaryStatus.TRAINING);
        String location = training.debuggerArtifactsPath();
        assertThat(location).isEqualTo(job.directory().resolve("debug-output").toString());

        List<Integer> delivered = new CopyOnWriteArrayList<>();
        try (Trial trial = Trials.newBuilder(location).allowEmpty(true).open()) {
            trial.onStep((t, step) -> delivered.add(step));
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                    .until(() -> inProgress(job) && trial.steps().size() >= 2 && inProgress(job));
            int seenWhileTraining = trial.steps().size();
            assertThat(trial.loadedAllSteps()).isFalse();
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                    .until(() -> trial.steps().size() > seenWhileTraining);
            await().atMost(Duration.ofMinutes(3)).until(trial::loadedAllSteps);
            assertThat(delivered).containsExactlyElementsOf(trial.steps());
            assertThat(trial.tensor("validation-logloss").values()).hasSize(trial.steps().size());
        }

        JobDescription end = job.waitFor(Duration.ofMinutes(3));
        assertThat(end.trainingJobStatus()).isEqualTo(TrainingJobStatus.COMPLETED);
        assertThat(end.status().transitions()).extracting(StatusTransition::status).containsExactly(
                SecondaryStatus.STARTING, SecondaryStatus.DOWNLOADING, SecondaryStatus.TRAINING,
                SecondaryStatus.UPLOADING, SecondaryStatus.COMPLETED);
        assertThat(JobTesting.hasEndMarker(location)).isTrue();
        assertThat(JobTesting.readAllSteps(location)).containsExactlyElementsOf(
                IntStream.range(0, ROUNDS).filter(s -> s % 3 == 0).boxed().toList());
        assertThat(end.status().finalMetrics()).extracting(MetricData::metricName)
                .containsExactly("train:logloss", "validation:logloss");
        assertThat(end.currentProgress()).hasValueSatisfying(p -> assertThat(p.round()).isEqualTo(ROUNDS));
        assertThat(end.status().ruleStatuses()).extracting(RuleEvaluationStatus::ruleConfigurationName,
                RuleEvaluationStatus::ruleEvaluationStatus).containsExactly(tuple("lenient-overfit", "NoIssuesFound"),
                        tuple("compare-missing-run", "Error"));
        assertModelLoads(end, train);
    }

    private static void assertModelLoads(JobDescription end, Path data) throws Exception {
        Path model = Path.of(end.status().model().orElseThrow());
        assertThat(model).isEqualTo(end.directory().resolve("output/model.ubj"));
        Booster booster = XGBoost.loadModel(Files.readAllBytes(model));
        DMatrix matrix = new DMatrix(data + "?format=libsvm");
        try {
            assertThat(booster.getNumBoostedRound()).isEqualTo(ROUNDS);
            float[][] predictions = booster.predict(matrix);
            assertThat(predictions).hasNumberOfRows(400);
            assertThat(List.of(predictions[0][0])).allSatisfy(p -> assertThat(p).isBetween(0f, 1f));
        } finally {
            matrix.dispose();
            booster.dispose();
        }
    }
}
