// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.rules.config.RuleConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class JobSpecsTest {
    private static final String FULL = """
            {"TrainingJobName": "demo-1",
             "HyperParameters": {"objective": "multi:softmax", "num_class": 10, "num_round": "25"},
             "AlgorithmSpecification": {"TrainingImage": "xgboost:0.90-2", "TrainingInputMode": "File"},
             "RoleArn": "arn:aws:iam::1:role/x",
             "InputDataConfig": [
               {"ChannelName": "train", "ContentType": "libsvm", "CompressionType": "None", "InputMode": "File",
                "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://b/p/train",
                                                "S3DataDistributionType": "FullyReplicated"}}},
               {"ChannelName": "validation", "ContentType": "text/csv",
                "DataSource": {"S3DataSource": {"S3Uri": "/data/val.csv"}}}],
             "OutputDataConfig": {"S3OutputPath": "s3://b/models"},
             "ResourceConfig": {"InstanceCount": 1, "InstanceType": "ml.m5.xlarge", "VolumeSizeInGB": 5},
             "StoppingCondition": {"MaxRuntimeInSeconds": 1800},
             "DebugHookConfig": {"S3OutputPath": "s3://b/debug", "HookParameters": {"save_interval": "3"},
               "CollectionConfigurations": [{"CollectionName": "metrics",
                                             "CollectionParameters": {"save_interval": "3"}}]},
             "DebugRuleConfigurations": [{"RuleConfigurationName": "LossNotDecreasing",
               "RuleEvaluatorImage": "x", "RuleParameters": {"rule_to_invoke": "LossNotDecreasing"}}]}
            """;

    private static JobSpec parse(String json) {
        return JobSpecs.parse(json.getBytes(StandardCharsets.UTF_8), "job.json");
    }

    private static void assertProblems(String json, String... errors) {
        assertThatThrownBy(() -> parse(json)).isInstanceOfSatisfying(InvalidJobSpecException.class,
                e -> assertThat(e.errors()).containsExactly(errors));
    }

    @Test
    void parse_createTrainingJobRequest_readsEverySupportedKey() {
        JobSpec spec = parse(FULL);

        assertThat(spec.name()).isEqualTo("demo-1");
        assertThat(spec.nameIsBase()).isFalse();
        assertThat(spec.hyperParameters()).containsEntry("num_class", "10").containsEntry("num_round", "25");
        assertThat(spec.channels()).containsExactly(new Channel("train", "s3://b/p/train", "libsvm"),
                new Channel("validation", "/data/val.csv", "text/csv"));
        assertThat(spec.output()).contains("s3://b/models");
        assertThat(spec.maxRuntimeSeconds()).isEqualTo(1800);
        assertThat(spec.debugHookConfig().artifactsPath("demo-1")).contains("s3://b/debug/demo-1/debug-output");
        assertThat(spec.debugHookConfig().collectionConfigurations())
                .containsExactly(new CollectionSpec("metrics", Map.of("save_interval", "3")));
        assertThat(spec.rules()).containsExactly(RuleConfig.of("LossNotDecreasing",
                Map.of("rule_to_invoke", "LossNotDecreasing")));
    }

    @Test
    void toJson_parsedSpec_parsesBackEqual() {
        JobSpec spec = parse(FULL);

        assertThat(JobSpecs.parse(JobSpecs.bytes(spec), "again")).isEqualTo(spec);
    }

    @Test
    void parse_shardedByS3Key_isKeptOnTheChannelAndWrittenBack() {
        JobSpec spec = parse("""
                {"InputDataConfig": [{"ChannelName": "train", "DataSource": {"S3DataSource": {
                   "S3Uri": "s3://b/train/", "S3DataDistributionType": "ShardedByS3Key"}}}],
                 "ResourceConfig": {"InstanceCount": 3}}""");

        assertThat(spec.channel("train").orElseThrow().distribution()).isEqualTo(DataDistribution.SHARDED_BY_S3_KEY);
        assertThat(spec.instanceCount()).isEqualTo(3);
        assertThat(JobSpecs.parse(JobSpecs.bytes(spec), "again")).isEqualTo(spec);
    }

    @Test
    void parse_noName_usesSdkDefaultBaseName() {
        JobSpec spec = parse("{}");

        assertThat(spec.name()).isEqualTo("xgboost");
        assertThat(spec.nameIsBase()).isTrue();
        assertThat(spec.maxRuntimeSeconds()).isEqualTo(86_400);
        assertThat(spec.instanceCount()).isEqualTo(1);
    }

    @Test
    void parse_unknownTopLevelKey_namesKeyAndKnownKeys() {
        assertProblems("{\"VpcConfig\": {}}", "unknown key 'VpcConfig' in the job spec: expected one of "
                + "AlgorithmSpecification, BaseJobName, DebugHookConfig, DebugRuleConfigurations, HyperParameters, "
                + "InputDataConfig, OutputDataConfig, ResourceConfig, RoleArn, StoppingCondition, Tags, "
                + "TrainingJobName");
    }

    @Test
    void parse_unknownChannelKey_namesPath() {
        assertProblems("{\"InputDataConfig\": [{\"ChannelName\": \"train\", \"Format\": \"x\", "
                + "\"DataSource\": {\"S3DataSource\": {\"S3Uri\": \"a\"}}}]}",
                "unknown key 'Format' in InputDataConfig[0]: expected one of ChannelName, CompressionType, "
                        + "ContentType, DataSource, InputMode, RecordWrapperType, ShuffleConfig");
    }

    @Test
    void parse_channelWithoutUri_saysWhatIsRequired() {
        assertProblems("{\"InputDataConfig\": [{\"ChannelName\": \"train\", \"DataSource\": {\"S3DataSource\": {}}}]}",
                "InputDataConfig[0].DataSource.S3DataSource.S3Uri: required (an s3:// URI, a file: URI or a "
                        + "local path)");
    }

    @Test
    void parse_wrongTypes_reportsEveryProblem() {
        assertProblems("{\"HyperParameters\": {\"eta\": [1]}, \"StoppingCondition\": {\"MaxRuntimeInSeconds\": "
                + "\"soon\"}, \"ResourceConfig\": {\"InstanceCount\": 0}}",
                "HyperParameters.eta: expected a string, got [1]",
                "ResourceConfig.InstanceCount: 0 must be positive",
                "StoppingCondition.MaxRuntimeInSeconds: expected an integer, got \"soon\"");
    }

    @Test
    void parse_ruleWithActions_keepsThem() {
        JobSpec spec = parse("{\"DebugRuleConfigurations\": [{\"RuleConfigurationName\": \"guard\", "
                + "\"RuleParameters\": {\"rule_to_invoke\": \"Overfit\", \"patience\": 2}, "
                + "\"Actions\": [{\"name\": \"webhook\", \"url\": \"http://127.0.0.1:9/alerts\"}]}]}");

        assertThat(spec.rules()).hasSize(1);
        assertThat(spec.rules().get(0).ruleParameters()).containsEntry("patience", "2");
        assertThat(spec.rules().get(0).actions()).hasSize(1);
        assertThat(JobSpecs.parse(JobSpecs.bytes(spec), "again")).isEqualTo(spec);
    }

    @Test
    void parse_ruleWithBadAction_namesTheRule() {
        assertThatThrownBy(() -> parse("{\"DebugRuleConfigurations\": [{\"RuleConfigurationName\": \"guard\", "
                + "\"Actions\": [{\"name\": \"email\"}]}]}")).isInstanceOfSatisfying(InvalidJobSpecException.class,
                        e -> assertThat(e.errors()).singleElement().asString()
                                .startsWith("DebugRuleConfigurations[0]: "));
    }

    @Test
    void parse_pipeMode_isRejected() {
        assertProblems("{\"InputDataConfig\": [{\"ChannelName\": \"train\", \"InputMode\": \"Pipe\", "
                + "\"DataSource\": {\"S3DataSource\": {\"S3Uri\": \"a\"}}}]}",
                "InputDataConfig[0].InputMode: 'Pipe' is not supported: expected File or FastFile");
    }

    @Test
    void parse_nameAndBaseName_isRejected() {
        assertProblems("{\"TrainingJobName\": \"a\", \"BaseJobName\": \"b\"}",
                "TrainingJobName 'a' and BaseJobName 'b': give one of them, not both");
    }

    @Test
    void parse_truncatedJson_namesLineAndColumnWithoutJacksonNoise() {
        assertThatThrownBy(() -> parse("{\"TrainingJobName\": \"a\",\n \"HyperParameters\": {}\n"))
                .isInstanceOf(InvalidJobSpecException.class)
                .hasMessageStartingWith("invalid job spec job.json: not valid JSON at line 3, column 1: "
                        + "Unexpected end-of-input")
                .hasMessageContaining("(start marker at [line: 1, column: 1])")
                .hasMessageNotContaining("Source");
    }

    @Test
    void parse_notJson_saysSo() {
        assertThatThrownBy(() -> parse("{\"a\": ")).isInstanceOf(InvalidJobSpecException.class)
                .hasMessage("invalid job spec job.json: not valid JSON at line 1, column 7: Unexpected end-of-input "
                        + "within/between Object entries");
    }

    @Test
    void message_severalProblems_countsAndJoinsThem() {
        InvalidJobSpecException e = new InvalidJobSpecException("job.json", List.of("a: x", "b: y"));

        assertThat(e).hasMessage("invalid job spec job.json: 2 problems: a: x; b: y");
    }
}
