// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boostscope.core.format.JsonSyntaxErrors;
import dev.boostscope.jobs.state.StatusJson;
import dev.boostscope.rules.config.RuleConfig;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes job specs in the JSON shape of SageMaker's CreateTrainingJob request.
 *
 * <p>Thread-safe.
 */
public final class JobSpecs {
    private JobSpecs() {
    }

    /**
     * Parses a job spec, checking its structure (known keys, types, required fields); call
     * {@link JobSpecValidator#validate} before starting it.
     *
     * @param json the spec's bytes
     * @param source the spec's file or origin, for messages
     * @return the spec
     * @throws InvalidJobSpecException listing every structural problem
     */
    public static JobSpec parse(byte[] json, String source) {
        JsonNode root;
        try {
            root = StatusJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidJobSpecException(source, List.of(JsonSyntaxErrors.describe(e)));
        } catch (IOException e) {
            throw new InvalidJobSpecException(source, List.of("not valid JSON: " + e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidJobSpecException(source, List.of("expected a JSON object, got " + root));
        }
        JobSpecParser parser = new JobSpecParser();
        JobSpec spec = parser.parse(root);
        if (!parser.errors().isEmpty()) {
            throw new InvalidJobSpecException(source, parser.errors());
        }
        return spec;
    }

    /**
     * Returns a spec as CreateTrainingJob JSON: what {@link #parse} reads back to an equal spec.
     *
     * @param spec the spec
     * @return a new JSON object
     */
    public static ObjectNode toJson(JobSpec spec) {
        ObjectNode root = StatusJson.MAPPER.createObjectNode();
        root.put(spec.nameIsBase() ? "BaseJobName" : "TrainingJobName", spec.name());
        putMap(root.putObject("HyperParameters"), spec.hyperParameters());
        root.set("InputDataConfig", channels(spec.channels()));
        spec.output().ifPresent(path -> root.putObject("OutputDataConfig").put("S3OutputPath", path));
        root.putObject("ResourceConfig").put("InstanceCount", spec.instanceCount());
        root.putObject("StoppingCondition").put("MaxRuntimeInSeconds", spec.maxRuntimeSeconds());
        root.set("DebugHookConfig", hook(spec.debugHookConfig()));
        root.set("DebugRuleConfigurations", rules(spec.rules()));
        return root;
    }

    /**
     * Returns a spec as the bytes of a {@code spec.json}.
     *
     * @param spec the spec
     * @return pretty-printed UTF-8 JSON
     */
    public static byte[] bytes(JobSpec spec) {
        return StatusJson.bytes(toJson(spec));
    }

    /**
     * Returns the channels as {@code InputDataConfig}.
     *
     * @param channels the channels
     * @return a new JSON array
     */
    public static ArrayNode channels(List<Channel> channels) {
        ArrayNode array = StatusJson.MAPPER.createArrayNode();
        for (Channel channel : channels) {
            ObjectNode node = array.addObject().put("ChannelName", channel.channelName());
            node.putObject("DataSource").putObject("S3DataSource").put("S3DataType", "S3Prefix")
                    .put("S3Uri", channel.s3Uri()).put("S3DataDistributionType", channel.distribution().wireName());
            node.put("ContentType", channel.contentType());
        }
        return array;
    }

    /**
     * Returns a debugger configuration as {@code DebugHookConfig}.
     *
     * @param hook the configuration
     * @return a new JSON object
     */
    public static ObjectNode hook(DebugHookSpec hook) {
        ObjectNode node = StatusJson.MAPPER.createObjectNode();
        hook.local().ifPresent(path -> node.put("LocalPath", path));
        hook.s3Output().ifPresent(path -> node.put("S3OutputPath", path));
        putMap(node.putObject("HookParameters"), hook.hookParameters());
        ArrayNode collections = node.putArray("CollectionConfigurations");
        for (CollectionSpec collection : hook.collectionConfigurations()) {
            ObjectNode item = collections.addObject().put("CollectionName", collection.collectionName());
            putMap(item.putObject("CollectionParameters"), collection.collectionParameters());
        }
        return node;
    }

    /**
     * Returns rules as {@code DebugRuleConfigurations}.
     *
     * @param rules the rules
     * @return a new JSON array
     */
    public static ArrayNode rules(List<RuleConfig> rules) {
        ArrayNode array = StatusJson.MAPPER.createArrayNode();
        rules.forEach(rule -> array.add(rule.toJson()));
        return array;
    }

    private static void putMap(ObjectNode node, Map<String, String> map) {
        map.forEach(node::put);
    }
}
