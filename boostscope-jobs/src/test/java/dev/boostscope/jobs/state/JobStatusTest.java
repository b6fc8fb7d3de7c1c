// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

final class JobStatusTest {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.006Z");

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    @Test
    void advance_throughTraining_closesEachTransitionAndSetsTimes() {
        JobStatus status = JobStatus.starting("job-1", T0)
                .advance(SecondaryStatus.DOWNLOADING, "Downloading input data", at(1))
                .advance(SecondaryStatus.TRAINING, "Training", at(2))
                .advance(SecondaryStatus.COMPLETED, "Training job completed", at(5));

        assertThat(status.trainingJobStatus()).isEqualTo(TrainingJobStatus.COMPLETED);
        assertThat(status.transitions()).containsExactly(
                new StatusTransition(SecondaryStatus.STARTING, T0, at(1), "Launching the job process"),
                new StatusTransition(SecondaryStatus.DOWNLOADING, at(1), at(2), "Downloading input data"),
                new StatusTransition(SecondaryStatus.TRAINING, at(2), at(5), "Training"),
                new StatusTransition(SecondaryStatus.COMPLETED, at(5), at(5), "Training job completed"));
        assertThat(status.times()).isEqualTo(new JobTimes(T0, at(2), at(5), at(5)));
    }

    @Test
    void advance_afterEnd_throws() {
        JobStatus failed = JobStatus.starting("job-1", T0).fail("ClientError: no data", at(1));

        assertThatThrownBy(() -> failed.advance(SecondaryStatus.TRAINING, "x", at(2)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("training job 'job-1' has already ended (Failed): cannot move to Training");
    }

    @Test
    void fail_recordsReasonAndPrimaryStatus() {
        JobStatus failed = JobStatus.starting("job-1", T0).fail("ClientError: no data", at(1));

        assertThat(failed.trainingJobStatus()).isEqualTo(TrainingJobStatus.FAILED);
        assertThat(failed.failure()).contains("ClientError: no data");
        assertThat(failed.transitions().get(1).statusMessage()).isEqualTo("ClientError: no data");
    }

    @Test
    void maxRuntimeExceeded_isPrimaryStopped() {
        assertThat(SecondaryStatus.MAX_RUNTIME_EXCEEDED.primary()).isEqualTo(TrainingJobStatus.STOPPED);
        assertThat(SecondaryStatus.STOPPING.primary()).isEqualTo(TrainingJobStatus.STOPPING);
    }

    @Test
    void withStopReason_firstReasonWins() {
        JobStatus status = JobStatus.starting("job-1", T0).withStopReason("user").withStopReason("rule");

        assertThat(status.stop()).contains("user");
    }

    @Test
    void withRuleStatus_replacesByNameKeepingOrder() {
        JobStatus status = JobStatus.starting("job-1", T0)
                .withRuleStatus(new RuleEvaluationStatus("Overfit", "InProgress", null, at(1)), at(1))
                .withRuleStatus(new RuleEvaluationStatus("LossNotDecreasing", "InProgress", null, at(1)), at(1))
                .withRuleStatus(new RuleEvaluationStatus("Overfit", "IssuesFound", "step 7", at(2)), at(2));

        assertThat(status.ruleStatuses()).containsExactly(
                new RuleEvaluationStatus("Overfit", "IssuesFound", "step 7", at(2)),
                new RuleEvaluationStatus("LossNotDecreasing", "InProgress", null, at(1)));
        assertThat(status.times().lastModifiedTime()).isEqualTo(at(2));
    }

    @Test
    void stoppingRule_ruleStopReason_namesTheRule() {
        JobStatus status = JobStatus.starting("job-1", T0).withStopReason(JobStatus.ruleStopReason("Overfit"));

        assertThat(status.stop()).contains("rule 'Overfit' found issues (StopTraining action)");
        assertThat(status.stoppingRule()).contains("Overfit");
        assertThat(JobStatus.starting("job-1", T0).withStopReason("user").stoppingRule()).isEmpty();
    }

    @Test
    void statusJson_everyField_roundTrips() {
        JobStatus status = JobStatus.starting("job-1", T0)
                .withProcess(new JobProcess(42, "host-a", T0.minusSeconds(1)))
                .advance(SecondaryStatus.TRAINING, "Training", at(2))
                .withFinalMetrics(List.of(new MetricData("validation:merror", 0.25, at(3))))
                .withModelArtifacts("s3://b/models/job-1/output/model.ubj")
                .withRuleStatuses(List.of(new RuleEvaluationStatus("Overfit", "IssuesFound", "step 3", at(3))), at(3))
                .withStopReason("rule 'Overfit' found issues")
                .advance(SecondaryStatus.STOPPED, "Stopped", at(4));

        byte[] bytes = StatusJson.bytes(StatusJson.toJson(status));

        assertThat(StatusJson.parse(bytes, "status.json")).isEqualTo(status);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"TrainingJobStatus\": \"Stopped\"",
                "\"S3ModelArtifacts\": \"s3://b/models/job-1/output/model.ubj\"");
    }

    @Test
    void statusJson_workers_roundTripWithExitCodeOnlyOnceEnded() {
        JobStatus status = JobStatus.starting("job-2", T0).withWorkers(List.of(
                new WorkerStatus(0, 100, WorkerStatus.State.TRAINING, WorkerStatus.RUNNING, 3),
                new WorkerStatus(1, 101, WorkerStatus.State.FAILED, 137, 2)), at(1));

        byte[] bytes = StatusJson.bytes(StatusJson.toJson(status));

        assertThat(StatusJson.parse(bytes, "status.json")).isEqualTo(status);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"WorkerName\": \"worker_1\"",
                "\"State\": \"Failed\"", "\"ExitCode\": 137").containsOnlyOnce("ExitCode");
    }

    @Test
    void parse_newerFormat_isRejectedWithVersion() {
        byte[] bytes = StatusJson.bytes(StatusJson.toJson(JobStatus.starting("job-1", T0)).put("FormatVersion", 9));

        assertThatThrownBy(() -> StatusJson.parse(bytes, "status.json"))
                .hasMessage("status.json: status format version 9 is not supported: expected 1 to 1 (a newer "
                        + "Boostscope wrote it)");
    }

    @Test
    void parseStatus_unknownName_listsKnown() {
        assertThatThrownBy(() -> TrainingJobStatus.parse("Running")).hasMessage("unknown training job status "
                + "'Running': expected one of InProgress, Completed, Failed, Stopping, Stopped");
        assertThat(TrainingJobStatus.parse("inprogress")).isEqualTo(TrainingJobStatus.IN_PROGRESS);
    }
}
