// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.jobs.spec.JobSpecs;
import dev.boostscope.jobs.state.SecondaryStatus;
import dev.boostscope.jobs.state.StatusTransition;
import dev.boostscope.jobs.state.TrainingJobStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules inside the job process: Overfit with the StopTraining action stops a deliberately overfitting job. */
final class RuleStopIT {
    private static final int ROUNDS = 200;

    @TempDir
    Path dir;
    private JobsHome home;

    @AfterEach
    void killJobs() throws IOException {
        JobTesting.destroyAll(dir.resolve("jobs"));
    }

    @Test
    void overfitWithStopTraining_stopsBeforeNumRoundNamingTheRule() throws IOException {
        home = JobTesting.home(dir.resolve("jobs"), Duration.ofMillis(100), Map.of());
        Path train = TestData.randomLabels(dir.resolve("train.libsvm"), 300, 31);
        Path validation = TestData.randomLabels(dir.resolve("validation.libsvm"), 200, 32);
        String json = """
                {"TrainingJobName": "overfitting-job",
                 "HyperParameters": {"objective": "binary:logistic", "max_depth": "12", "eta": "0.5",
                                     "min_child_weight": "0", "lambda": "0", "max_bin": "32", "nthread": "1",
                                     "num_round": "%d"},
                 "InputDataConfig": [
                   {"ChannelName": "train", "DataSource": {"S3DataSource": {"S3Uri": "%s"}}},
                   {"ChannelName": "validation", "DataSource": {"S3DataSource": {"S3Uri": "%s"}}}],
                 "DebugHookConfig": {"HookParameters": {"save_interval": "1"}},
                 "DebugRuleConfigurations": [
                   {"RuleConfigurationName": "overfit-guard",
                    "RuleParameters": {"rule_to_invoke": "Overfit", "patience": "2",
                                       "action_json": "{\\"name\\":\\"stoptraining\\"}"}}]}
                """.formatted(ROUNDS, train, validation);

        TrainingJob job = home.create(JobSpecs.parse(JobTesting.utf8(json), "overfit spec"), "overfit spec");
        JobDescription end = job.waitFor(Duration.ofMinutes(3));

        assertThat(end.trainingJobStatus()).isEqualTo(TrainingJobStatus.STOPPED);
        assertThat(end.secondaryStatus()).isEqualTo(SecondaryStatus.STOPPED);
        assertThat(end.status().stop()).contains("rule 'overfit-guard' found issues (StopTraining action)");
        assertThat(end.status().stoppingRule()).contains("overfit-guard");
        assertThat(end.status().transitions()).extracting(StatusTransition::status).containsSubsequence(
                SecondaryStatus.TRAINING, SecondaryStatus.STOPPING, SecondaryStatus.STOPPED);
        assertThat(end.status().ruleStatuses()).singleElement().satisfies(rule -> {
            assertThat(rule.ruleConfigurationName()).isEqualTo("overfit-guard");
            assertThat(rule.ruleEvaluationStatus()).isEqualTo("IssuesFound");
            assertThat(rule.details()).hasValueSatisfying(details -> assertThat(details)
                    .startsWith("RuleEvaluationConditionMet: Evaluation of the rule overfit-guard at step "));
        });
        assertThat(end.currentProgress().orElseThrow().round()).isLessThan(ROUNDS);
        assertThat(JobTesting.hasEndMarker(end.debuggerArtifactsPath())).isTrue();
        assertThat(end.toJson().get("DebugRuleEvaluationStatuses").get(0).get("RuleEvaluationStatus").asText())
                .isEqualTo("IssuesFound");
        assertThat(job.logs()).contains("rule overfit-guard: IssuesFound: ");
    }

    @Test
    void earlyStoppingRounds_validationStopsImproving_completesBeforeNumRound() throws IOException {
        home = JobTesting.home(dir.resolve("jobs"), Duration.ofMillis(0), Map.of());
        Path train = TestData.randomLabels(dir.resolve("train.libsvm"), 300, 41);
        Path validation = TestData.randomLabels(dir.resolve("validation.libsvm"), 200, 42);
        String json = """
                {"TrainingJobName": "early-stopping-job",
                 "HyperParameters": {"objective": "binary:logistic", "max_depth": "12", "eta": "0.5",
                                     "min_child_weight": "0", "lambda": "0", "max_bin": "32", "nthread": "1",
                                     "num_round": "%d", "early_stopping_rounds": "3"},
                 "InputDataConfig": [
                   {"ChannelName": "train", "DataSource": {"S3DataSource": {"S3Uri": "%s"}}},
                   {"ChannelName": "validation", "DataSource": {"S3DataSource": {"S3Uri": "%s"}}}]}
                """.formatted(ROUNDS, train, validation);

        TrainingJob job = home.create(JobSpecs.parse(JobTesting.utf8(json), "early stopping spec"),
                "early stopping spec");
        JobDescription end = job.waitFor(Duration.ofMinutes(3));

        // labels are coin flips: the validation loss is best within the first rounds, then only worsens
        assertThat(end.trainingJobStatus()).isEqualTo(TrainingJobStatus.COMPLETED);
        assertThat(end.currentProgress().orElseThrow().round()).isLessThan(ROUNDS);
        assertThat(JobTesting.hasEndMarker(end.debuggerArtifactsPath())).isTrue();
    }
}
