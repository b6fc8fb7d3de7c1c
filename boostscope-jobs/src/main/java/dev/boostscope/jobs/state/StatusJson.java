// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.state;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boostscope.core.FormatException;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads {@code status.json} and {@code progress.json}, with DescribeTrainingJob's field names, so that the
 * describe output reuses the same nodes.
 *
 * <p>Thread-safe.
 */
public final class StatusJson {
    /** The JSON mapper every job file goes through: pretty-printed, stable field order. */
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setDefaultPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE));

    private StatusJson() {
    }

    /**
     * Returns a status as a JSON object.
     *
     * @param status the status
     * @return a new object with DescribeTrainingJob's field names plus {@code FormatVersion} and {@code Process}
     */
    public static ObjectNode toJson(JobStatus status) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("FormatVersion", status.formatVersion());
        root.put("TrainingJobName", status.trainingJobName());
        root.put("TrainingJobStatus", status.trainingJobStatus().wireName());
        root.put("SecondaryStatus", status.secondaryStatus().wireName());
        ArrayNode transitions = root.putArray("SecondaryStatusTransitions");
        status.transitions().forEach(t -> transitions.add(transition(t)));
        status.failure().ifPresent(reason -> root.put("FailureReason", reason));
        status.stop().ifPresent(reason -> root.put("StopReason", reason));
        ArrayNode metrics = root.putArray("FinalMetricDataList");
        status.finalMetrics().forEach(m -> metrics.addObject().put("MetricName", m.metricName())
                .put("Value", m.value()).put("Timestamp", m.timestamp().toString()));
        status.model().ifPresent(uri -> root.putObject("ModelArtifacts").put("S3ModelArtifacts", uri));
        ArrayNode rules = root.putArray("DebugRuleEvaluationStatuses");
        status.ruleStatuses().forEach(r -> rules.add(ruleStatus(r)));
        times(root, status.times());
        ObjectNode process = root.putObject("Process").put("Pid", status.process().pid())
                .put("Host", status.process().host());
        status.process().start().ifPresent(t -> process.put("StartTime", t.toString()));
        if (!status.workers().isEmpty()) {
            ArrayNode workers = root.putArray("Workers");
            status.workers().forEach(w -> workers.add(worker(w)));
        }
        return root;
    }

    /**
     * Parses a status file.
     *
     * @param bytes the file's bytes
     * @param source the file, for messages
     * @return the status
     * @throws FormatException if the JSON is invalid, a field is missing or the version is newer than this code
     */
    public static JobStatus parse(byte[] bytes, String source) {
        JsonFieldReader in = new JsonFieldReader(read(bytes, source), source);
        try {
            return new JobStatus(in.integer("FormatVersion"), in.text("TrainingJobName"),
                    SecondaryStatus.parse(in.text("SecondaryStatus")), transitions(in),
                    in.optionalText("FailureReason"), in.optionalText("StopReason"), metrics(in), modelArtifacts(in),
                    ruleStatuses(in), times(in), process(in), workers(in));
        } catch (IllegalArgumentException e) {
            throw new FormatException(source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns progress as a JSON object.
     *
     * @param progress the progress
     * @return {@code {"CurrentRound", "NumRound", "LatestMetrics", "Timestamp"}}
     */
    public static ObjectNode toJson(Progress progress) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("CurrentRound", progress.round()).put("NumRound", progress.numRound());
        ObjectNode metrics = root.putObject("LatestMetrics");
        progress.metrics().forEach(metrics::put);
        root.put("Timestamp", progress.timestamp().toString());
        return root;
    }

    /**
     * Parses a progress file.
     *
     * @param bytes the file's bytes
     * @param source the file, for messages
     * @return the progress
     * @throws FormatException if the JSON is invalid or a field is missing
     */
    public static Progress parseProgress(byte[] bytes, String source) {
        JsonFieldReader in = new JsonFieldReader(read(bytes, source), source);
        Map<String, Double> metrics = new LinkedHashMap<>();
        in.object("LatestMetrics").properties().forEach(e -> metrics.put(e.getKey(), e.getValue().asDouble()));
        try {
            return new Progress(in.integer("CurrentRound"), in.integer("NumRound"), metrics, in.instant("Timestamp"));
        } catch (IllegalArgumentException e) {
            throw new FormatException(source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a node as the bytes of a job file.
     *
     * @param node the node
     * @return pretty-printed UTF-8 JSON ending with a newline
     */
    public static byte[] bytes(JsonNode node) {
        try {
            byte[] json = MAPPER.writeValueAsBytes(node);
            byte[] out = java.util.Arrays.copyOf(json, json.length + 1);
            out[json.length] = '\n';
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    static JsonNode read(byte[] bytes, String source) {
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new FormatException(source + ": expected a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new FormatException(source + ": invalid JSON: " + e.getMessage(), e);
        }
    }

    private static ObjectNode transition(StatusTransition t) {
        ObjectNode node = MAPPER.createObjectNode().put("Status", t.status().wireName())
                .put("StartTime", t.startTime().toString());
        t.end().ifPresent(end -> node.put("EndTime", end.toString()));
        return node.put("StatusMessage", t.statusMessage());
    }

    private static ObjectNode ruleStatus(RuleEvaluationStatus r) {
        ObjectNode node = MAPPER.createObjectNode().put("RuleConfigurationName", r.ruleConfigurationName())
                .put("RuleEvaluationStatus", r.ruleEvaluationStatus());
        r.details().ifPresent(d -> node.put("StatusDetails", d));
        return node.put("LastModifiedTime", r.lastModifiedTime().toString());
    }

    private static ObjectNode worker(WorkerStatus w) {
        ObjectNode node = MAPPER.createObjectNode().put("Rank", w.rank()).put("WorkerName", w.workerName())
                .put("Pid", w.pid()).put("State", w.state().wireName());
        w.exit().ifPresent(code -> node.put("ExitCode", code));
        return node.put("Round", w.round());
    }

    private static List<WorkerStatus> workers(JsonFieldReader in) {
        List<WorkerStatus> list = new ArrayList<>();
        for (JsonFieldReader item : in.objects("Workers")) {
            list.add(new WorkerStatus(item.integer("Rank"), item.integer("Pid"),
                    WorkerStatus.State.parse(item.text("State")),
                    item.has("ExitCode") ? item.integer("ExitCode") : WorkerStatus.RUNNING, item.integer("Round")));
        }
        return list;
    }

    private static void times(ObjectNode root, JobTimes times) {
        root.put("CreationTime", times.creationTime().toString());
        times.trainingStart().ifPresent(t -> root.put("TrainingStartTime", t.toString()));
        times.trainingEnd().ifPresent(t -> root.put("TrainingEndTime", t.toString()));
        root.put("LastModifiedTime", times.lastModifiedTime().toString());
    }

    private static List<StatusTransition> transitions(JsonFieldReader in) {
        List<StatusTransition> list = new ArrayList<>();
        for (JsonFieldReader item : in.objects("SecondaryStatusTransitions")) {
            list.add(new StatusTransition(SecondaryStatus.parse(item.text("Status")), item.instant("StartTime"),
                    item.optionalInstant("EndTime"), item.text("StatusMessage")));
        }
        return list;
    }

    private static List<MetricData> metrics(JsonFieldReader in) {
        List<MetricData> list = new ArrayList<>();
        for (JsonFieldReader item : in.objects("FinalMetricDataList")) {
            list.add(new MetricData(item.text("MetricName"), item.number("Value"), item.instant("Timestamp")));
        }
        return list;
    }

    private static @Nullable String modelArtifacts(JsonFieldReader in) {
        return in.has("ModelArtifacts") ? in.child("ModelArtifacts").text("S3ModelArtifacts") : null;
    }

    private static List<RuleEvaluationStatus> ruleStatuses(JsonFieldReader in) {
        List<RuleEvaluationStatus> list = new ArrayList<>();
        for (JsonFieldReader item : in.objects("DebugRuleEvaluationStatuses")) {
            list.add(new RuleEvaluationStatus(item.text("RuleConfigurationName"), item.text("RuleEvaluationStatus"),
                    item.optionalText("StatusDetails"), item.instant("LastModifiedTime")));
        }
        return list;
    }

    private static JobTimes times(JsonFieldReader in) {
        return new JobTimes(in.instant("CreationTime"), in.optionalInstant("TrainingStartTime"),
                in.optionalInstant("TrainingEndTime"), in.instant("LastModifiedTime"));
    }

    private static JobProcess process(JsonFieldReader in) {
        JsonFieldReader process = in.child("Process");
        Instant start = process.optionalInstant("StartTime");
        return new JobProcess(process.integer("Pid"), process.text("Host"), start);
    }
}
