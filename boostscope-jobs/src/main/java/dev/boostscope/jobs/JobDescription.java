// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boostscope.jobs.spec.JobSpec;
import dev.boostscope.jobs.spec.JobSpecs;
import dev.boostscope.jobs.state.JobStatus;
import dev.boostscope.jobs.state.Progress;
import dev.boostscope.jobs.state.SecondaryStatus;
import dev.boostscope.jobs.state.StatusJson;
import dev.boostscope.jobs.state.TrainingJobStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@code describe} returns: a job's spec, its status and its training progress, as one DescribeTrainingJob-shaped
 * JSON object ({@link #toJson}) with Boostscope's extensions ({@code DebuggerArtifactsPath}, {@code Progress},
 * {@code StopReason}, {@code Process}, {@code Workers} of a multi-worker job, {@code JobDirectory}).
 *
 * @param spec the job's spec, defaults filled in
 * @param status the job's status
 * @param progress the training progress, or null before the first round
 * @param directory the job's folder
 *
 * <p>Immutable.
 */
public record JobDescription(JobSpec spec, JobStatus status, @Nullable Progress progress, Path directory) {
    private static final List<String> STATUS_FIELDS_FIRST = List.of("ModelArtifacts", "TrainingJobStatus",
            "SecondaryStatus", "FailureReason");
    private static final List<String> STATUS_FIELDS_LAST = List.of("CreationTime", "TrainingStartTime",
            "TrainingEndTime", "LastModifiedTime", "SecondaryStatusTransitions", "FinalMetricDataList");

    /**
     * Validates.
     *
     * @param spec the spec
     * @param status the status
     * @param progress the progress, or null
     * @param directory the job's folder
     */
    public JobDescription {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(directory, "directory");
    }

    /**
     * Returns the job's name.
     *
     * @return the name
     */
    public String name() {
        return status.trainingJobName();
    }

    /**
     * Returns the primary status.
     *
     * @return the status
     */
    public TrainingJobStatus trainingJobStatus() {
        return status.trainingJobStatus();
    }

    /**
     * Returns the detailed status.
     *
     * @return the status
     */
    public SecondaryStatus secondaryStatus() {
        return status.secondaryStatus();
    }

    /**
     * Returns where the debugger writes the trial (SageMaker's {@code latest_job_debugger_artifacts_path()}).
     *
     * @return the trial's location: a local path or an {@code s3://} URI
     */
    public String debuggerArtifactsPath() {
        return spec.debugHookConfig().artifactsPath(name())
                .orElse(directory.resolve(dev.boostscope.jobs.spec.DebugHookSpec.DEBUG_OUTPUT).toString());
    }

    /**
     * Returns the training progress.
     *
     * @return the rounds done and the latest metrics, or empty before the first round
     */
    public Optional<Progress> currentProgress() {
        return Optional.ofNullable(progress);
    }

    /**
     * Returns the description as DescribeTrainingJob JSON.
     *
     * @return a new JSON object
     */
    public ObjectNode toJson() {
        ObjectNode statusJson = StatusJson.toJson(status);
        ObjectNode specJson = JobSpecs.toJson(spec);
        ObjectNode root = StatusJson.MAPPER.createObjectNode();
        root.put("TrainingJobName", name());
        copy(statusJson, root, STATUS_FIELDS_FIRST);
        copy(specJson, root, List.of("HyperParameters", "InputDataConfig", "OutputDataConfig", "ResourceConfig",
                "StoppingCondition"));
        copy(statusJson, root, STATUS_FIELDS_LAST);
        copy(specJson, root, List.of("DebugHookConfig", "DebugRuleConfigurations"));
        copy(statusJson, root, List.of("DebugRuleEvaluationStatuses"));
        root.put("DebuggerArtifactsPath", debuggerArtifactsPath());
        if (progress != null) {
            root.set("Progress", StatusJson.toJson(progress));
        }
        copy(statusJson, root, List.of("StopReason", "Process", "Workers"));
        root.put("JobDirectory", directory.toString());
        return root;
    }

    private static void copy(ObjectNode from, ObjectNode to, List<String> fields) {
        for (String field : fields) {
            JsonNode value = from.get(field);
            if (value != null) {
                to.set(field, value);
            }
        }
    }
}
