// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boostscope.rules.config.RuleConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a job spec's JSON into a {@link JobSpec}, checking its structure: known keys, types, required fields. What the
 * values mean (objectives, readable inputs) is {@link JobSpecValidator}'s business.
 *
 * <p>Not thread-safe: one parser per spec.
 */
final class JobSpecParser {
    static final Set<String> TOP_KEYS = Set.of("TrainingJobName", "BaseJobName", "HyperParameters",
            "AlgorithmSpecification", "RoleArn", "InputDataConfig", "OutputDataConfig", "ResourceConfig",
            "StoppingCondition", "DebugHookConfig", "DebugRuleConfigurations", "Tags");
    static final String DEFAULT_BASE_NAME = "xgboost";
    private static final Set<String> CHANNEL_KEYS = Set.of("ChannelName", "DataSource", "ContentType",
            "CompressionType", "InputMode", "RecordWrapperType", "ShuffleConfig");
    private static final Set<String> S3_SOURCE_KEYS = Set.of("S3Uri", "S3DataType", "S3DataDistributionType",
            "AttributeNames", "InstanceGroupNames");
    private static final Set<String> OUTPUT_KEYS = Set.of("S3OutputPath", "KmsKeyId", "CompressionType");
    private static final Set<String> RESOURCE_KEYS = Set.of("InstanceCount", "InstanceType", "VolumeSizeInGB",
            "VolumeKmsKeyId", "KeepAlivePeriodInSeconds");
    private static final Set<String> STOPPING_KEYS = Set.of("MaxRuntimeInSeconds", "MaxWaitTimeInSeconds",
            "MaxPendingTimeInSeconds");
    private static final Set<String> HOOK_KEYS = Set.of("LocalPath", "S3OutputPath", "HookParameters",
            "CollectionConfigurations");
    private static final Set<String> RULE_KEYS = Set.of("RuleConfigurationName", "RuleParameters", "Actions",
            "RuleEvaluatorImage", "InstanceType", "VolumeSizeInGB", "LocalPath", "S3OutputPath");

    private final SpecReader in = new SpecReader();

    List<String> errors() {
        return in.errors();
    }

    JobSpec parse(JsonNode root) {
        in.checkKeys(root, "", TOP_KEYS);
        String name = in.text(root, "", "TrainingJobName");
        String base = in.text(root, "", "BaseJobName");
        if (name != null && base != null) {
            in.error("TrainingJobName '%s' and BaseJobName '%s': give one of them, not both", name, base);
        }
        Map<String, String> hyper = in.stringMap(root, "", "HyperParameters");
        List<Channel> channels = channels(root);
        String output = output(root);
        int instances = (int) bounded(resource(root, "ResourceConfig", RESOURCE_KEYS, "InstanceCount"), 1);
        long runtime = bounded(resource(root, "StoppingCondition", STOPPING_KEYS, "MaxRuntimeInSeconds"),
                JobSpec.DEFAULT_MAX_RUNTIME_SECONDS);
        DebugHookSpec hook = hook(root);
        List<RuleConfig> rules = rules(root);
        boolean isBase = name == null;
        String chosen = name != null ? name : base != null ? base : DEFAULT_BASE_NAME;
        return new JobSpec(chosen, isBase, hyper, channels, output, instances, runtime, hook, rules);
    }

    private List<Channel> channels(JsonNode root) {
        List<Channel> channels = new ArrayList<>();
        List<JsonNode> items = in.array(root, "", "InputDataConfig");
        for (int i = 0; i < items.size(); i++) {
            Channel channel = channel(items.get(i), "InputDataConfig[" + i + "]");
            if (channel != null) {
                channels.add(channel);
            }
        }
        return channels;
    }

    private @Nullable Channel channel(JsonNode node, String path) {
        in.checkKeys(node, path, CHANNEL_KEYS);
        String name = in.text(node, path, "ChannelName");
        if (name == null) {
            in.error("%s.ChannelName: required (train or validation)", path);
        }
        expect(node, path, "CompressionType", "None");
        expect(node, path, "RecordWrapperType", "None");
        String mode = in.text(node, path, "InputMode");
        if (mode != null && !mode.equals("File") && !mode.equals("FastFile")) {
            in.error("%s.InputMode: '%s' is not supported: expected File or FastFile", path, mode);
        }
        JsonNode s3 = s3Source(node, path);
        String uri = s3 == null ? null : s3Uri(s3, path + ".DataSource.S3DataSource");
        String contentType = in.text(node, path, "ContentType");
        if (name == null || s3 == null || uri == null) {
            return null;
        }
        String distribution = in.text(s3, path + ".DataSource.S3DataSource", "S3DataDistributionType");
        return new Channel(name, uri, contentType == null ? "libsvm" : contentType,
                "ShardedByS3Key".equals(distribution) ? DataDistribution.SHARDED_BY_S3_KEY
                        : DataDistribution.FULLY_REPLICATED);
    }

    private @Nullable JsonNode s3Source(JsonNode channel, String path) {
        JsonNode source = in.object(channel, path, "DataSource");
        if (source == null) {
            in.error("%s.DataSource: required, with S3DataSource.S3Uri", path);
            return null;
        }
        in.checkKeys(source, path + ".DataSource", Set.of("S3DataSource"));
        String sourcePath = path + ".DataSource.S3DataSource";
        JsonNode s3 = in.object(source, path + ".DataSource", "S3DataSource");
        if (s3 == null) {
            in.error("%s: required, with S3Uri", sourcePath);
            return null;
        }
        return s3;
    }

    private @Nullable String s3Uri(JsonNode s3, String sourcePath) {
        in.checkKeys(s3, sourcePath, S3_SOURCE_KEYS);
        expect(s3, sourcePath, "S3DataType", "S3Prefix");
        String distribution = in.text(s3, sourcePath, "S3DataDistributionType");
        if (distribution != null && !Set.of("FullyReplicated", "ShardedByS3Key").contains(distribution)) {
            in.error("%s.S3DataDistributionType: unknown value '%s': expected FullyReplicated or ShardedByS3Key",
                    sourcePath, distribution);
        }
        String uri = in.text(s3, sourcePath, "S3Uri");
        if (uri == null) {
            in.error("%s.S3Uri: required (an s3:// URI, a file: URI or a local path)", sourcePath);
        }
        return uri;
    }

    private void expect(JsonNode node, String path, String key, String only) {
        String value = in.text(node, path, key);
        if (value != null && !value.equals(only)) {
            in.error("%s.%s: '%s' is not supported: expected %s", path, key, value, only);
        }
    }

    private @Nullable String output(JsonNode root) {
        JsonNode output = in.object(root, "", "OutputDataConfig");
        if (output == null) {
            return null;
        }
        in.checkKeys(output, "OutputDataConfig", OUTPUT_KEYS);
        String path = in.text(output, "OutputDataConfig", "S3OutputPath");
        if (path == null) {
            in.error("OutputDataConfig.S3OutputPath: required (an s3:// URI, a file: URI or a local path)");
        }
        return path;
    }

    private @Nullable Long resource(JsonNode root, String key, Set<String> known, String field) {
        JsonNode node = in.object(root, "", key);
        if (node == null) {
            return null;
        }
        in.checkKeys(node, key, known);
        Long value = in.integer(node, key, field);
        if (value != null && value < 1) {
            in.error("%s.%s: %d must be positive", key, field, value);
            return null;
        }
        return value;
    }

    private static long bounded(@Nullable Long value, long fallback) {
        return value == null ? fallback : Math.min(value, Integer.MAX_VALUE);
    }

    private DebugHookSpec hook(JsonNode root) {
        JsonNode node = in.object(root, "", "DebugHookConfig");
        if (node == null) {
            return DebugHookSpec.defaults();
        }
        String path = "DebugHookConfig";
        in.checkKeys(node, path, HOOK_KEYS);
        List<CollectionSpec> collections = new ArrayList<>();
        List<JsonNode> items = in.array(node, path, "CollectionConfigurations");
        for (int i = 0; i < items.size(); i++) {
            String itemPath = path + ".CollectionConfigurations[" + i + "]";
            in.checkKeys(items.get(i), itemPath, Set.of("CollectionName", "CollectionParameters"));
            String name = in.text(items.get(i), itemPath, "CollectionName");
            Map<String, String> params = in.stringMap(items.get(i), itemPath, "CollectionParameters");
            if (name == null) {
                in.error("%s.CollectionName: required", itemPath);
            } else {
                collections.add(new CollectionSpec(name, params));
            }
        }
        return new DebugHookSpec(in.text(node, path, "LocalPath"), in.text(node, path, "S3OutputPath"),
                in.stringMap(node, path, "HookParameters"), collections);
    }

    /** Reads each rule configuration with the rules module's reader, after the spec's own key checks. */
    private List<RuleConfig> rules(JsonNode root) {
        List<RuleConfig> rules = new ArrayList<>();
        List<JsonNode> items = in.array(root, "", "DebugRuleConfigurations");
        for (int i = 0; i < items.size(); i++) {
            String path = "DebugRuleConfigurations[" + i + "]";
            in.checkKeys(items.get(i), path, RULE_KEYS);
            String name = in.text(items.get(i), path, "RuleConfigurationName");
            in.stringMap(items.get(i), path, "RuleParameters");
            if (name == null) {
                in.error("%s.RuleConfigurationName: required", path);
                continue;
            }
            try {
                rules.add(RuleConfig.fromJson(items.get(i)));
            } catch (IllegalArgumentException e) {
                in.error("%s: %s", path, e.getMessage());
            }
        }
        return rules;
    }
}
