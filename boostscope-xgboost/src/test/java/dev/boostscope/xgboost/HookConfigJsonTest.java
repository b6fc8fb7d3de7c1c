// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SageMaker's DebugHookConfig JSON: what it sets, and errors that name the file, key and value. */
final class HookConfigJsonTest {
    private static final String HOOK_KEYS = "save_interval, save_steps, start_step, end_step, include_regex, "
            + "save_all, include_workers, reductions, save_raw_tensor, save_shape, export_tensorboard, "
            + "tensorboard_dir, boostscope.shap_sample_rows, boostscope.shap_seed, boostscope.shap_full_data, "
            + "boostscope.fail_fast, boostscope.max_failures, boostscope.queue_capacity; save keys may be prefixed "
            + "train., eval., predict. or global.";

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        Path file = dir.resolve("debughookconfig.json");
        Files.writeString(file, json.replace('\'', '"'));
        return file;
    }

    @Test
    void fromJsonFile_sageMakerShape_setsEverything() throws IOException {
        Path file = write("""
                {'LocalPath': '/tmp/run-7', 'S3OutputPath': 's3://bucket/prefix',
                 'HookParameters': {'save_interval': '3', 'include_regex': 'predictions,.*mlogloss',
                                    'include_workers': 'all', 'save_all': 'false', 'train.save_interval': '99',
                                    'boostscope.shap_sample_rows': '200'},
                 'CollectionConfigurations': [
                   {'CollectionName': 'metrics', 'CollectionParameters': {'save_interval': '1'}},
                   {'CollectionName': 'predictions'},
                   {'CollectionName': 'feature_importance', 'CollectionParameters': {'global.end_step': '10'}},
                   {'CollectionName': 'mine', 'CollectionParameters': {'include_regex': '^train-.*'}}]}
                """);

        HookConfig config = HookConfig.fromJsonFile(file);

        assertThat(config.outputUri()).hasToString("file:///tmp/run-7");
        assertThat(config.saveConfig()).hasToString("interval=3");
        assertThat(config.includeRegex()).containsExactly("predictions", ".*mlogloss");
        assertThat(config.includeWorkers()).isEqualTo(IncludeWorkers.ALL);
        assertThat(config.shapSampleRows()).isEqualTo(200);
        Map<String, CollectionConfig> collections = config.collections();
        assertThat(collections).containsOnlyKeys("metrics", "predictions", "feature_importance", "mine");
        assertThat(collections.get("metrics").saveConfig()).hasValue(SaveConfig.ofInterval(1));
        assertThat(collections.get("predictions").saveConfig()).isEmpty();
        assertThat(collections.get("feature_importance").saveConfig()).hasValue(SaveConfig.parse("interval=3,end=10"));
        assertThat(collections.get("mine").includeRegex()).containsExactly("^train-.*");
    }

    @Test
    void fromJsonFile_collectionWithoutInterval_followsTheHookNotSmdebugs500() throws IOException {
        HookConfig config = HookConfig.fromJsonFile(write("""
                {'LocalPath': '/tmp/a', 'CollectionConfigurations': [{'CollectionName': 'labels'}]}"""));

        assertThat(config.collections().get("labels").saveConfig()).isEmpty();
        assertThat(config.saveConfig()).isEqualTo(SaveConfig.ofInterval(10));
    }

    @Test
    void fromJsonFile_onlyS3OutputPath_writesThere() throws IOException {
        HookConfig config = HookConfig.fromJsonFile(write("{'S3OutputPath': 's3://bucket/jobs/run-1'}"));

        assertThat(config.outputUri()).hasToString("s3://bucket/jobs/run-1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'LocalPath': '/a', 'Foo': 1}"
            + "|unknown key 'Foo' (expected one of LocalPath, S3OutputPath, S3Path, HookParameters, "
            + "CollectionConfigurations)",
        "{'LocalPath': '/a', 'HookParameters': {'save_interval': 'abc'}}"
            + "|HookParameters.save_interval must be a positive integer: \"abc\"",
        "{'LocalPath': '/a', 'HookParameters': {'eval.save_steps': '1,x'}}"
            + "|HookParameters.eval.save_steps must be a comma-separated list of non-negative integers: \"1,x\"",
        "{'LocalPath': '/a', 'HookParameters': {'include_workers': 'some'}}"
            + "|HookParameters.include_workers must be \"one\" or \"all\": \"some\"",
        "{'LocalPath': '/a', 'HookParameters': {'save_all': 'yes'}}"
            + "|HookParameters.save_all must be \"true\" or \"false\": \"yes\"",
        "{'LocalPath': '/a', 'HookParameters': {'reductions': 'min,max'}}"
            + "|HookParameters.reductions is not supported by the XGBoost hook: \"min,max\"",
        "{'LocalPath': '/a', 'HookParameters': {'include_regex': '(unclosed'}}"
            + "|HookParameters.include_regex: include_regex '(unclosed' is not a valid regex: Unclosed group",
        "{'LocalPath': '/a', 'HookParameters': [1]}|HookParameters must be an object: [1]",
        "{'LocalPath': '/a', 'CollectionConfigurations': [{'CollectionParameters': {}}]}"
            + "|CollectionConfigurations[0].CollectionName is required",
        "{'LocalPath': '/a', 'CollectionConfigurations': [{'CollectionName': 'labels', "
            + "'CollectionParameters': {'end_step': '-3'}}]}"
            + "|CollectionConfigurations[0].CollectionParameters.end_step must be a non-negative integer: \"-3\"",
        "{'LocalPath': '/a', 'CollectionConfigurations': [{'CollectionName': 'labels', "
            + "'CollectionParameters': {'save_intervals': '3'}}]}"
            + "|unknown key 'CollectionConfigurations[0].CollectionParameters.save_intervals' (expected one of "
            + "save_interval, save_steps, start_step, end_step, include_regex, save_histogram, reductions, "
            + "save_raw_tensor, save_shape; save keys may be prefixed train., eval., predict. or global.)",
        "{'LocalPath': '/a', 'CollectionConfigurations': [{'CollectionName': 'labels'}, "
            + "{'CollectionName': 'labels'}]}|CollectionConfigurations[1].CollectionName 'labels' appears twice",
        "{'LocalPath': '/a', 'CollectionConfigurations': [{'CollectionName': 'mine'}]}"
            + "|collection 'mine' is not built in (hyperparameters, metrics, losses, predictions, labels, "
            + "feature_importance, average_shap, full_shap, shap_sample, trees, default, all) and has no include "
            + "regex",
        "{'HookParameters': {}}|LocalPath or S3OutputPath is required",
        "[1, 2]|expected a JSON object at the top level, found array",
    })
    void fromJsonFile_invalid_namesFileKeyAndValue(String json, String message) throws IOException {
        Path file = write(json);

        assertThatThrownBy(() -> HookConfig.fromJsonFile(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hook config " + file + ": " + message);
    }

    @Test
    void fromJsonFile_unknownHookParameter_listsTheKnownKeys() throws IOException {
        Path file = write("{'LocalPath': '/a', 'HookParameters': {'save_intervall': '3'}}");

        assertThatThrownBy(() -> HookConfig.fromJsonFile(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hook config " + file + ": unknown key 'HookParameters.save_intervall' (expected one of "
                        + HOOK_KEYS + ")");
    }

    @Test
    void fromJsonFile_notJson_namesLineAndColumn() throws IOException {
        Path file = write("{'LocalPath': ");

        assertThatThrownBy(() -> HookConfig.fromJsonFile(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hook config " + file + ": not valid JSON at line 1, column 15: Unexpected end-of-input "
                        + "within/between Object entries");
    }

    @Test
    void fromJsonFile_brokenOnALaterLine_namesItWithoutJacksonSourceText() throws IOException {
        Path file = write("{'LocalPath': '/a',\n 'HookParameters': {'save_interval': '3'\n");

        assertThatThrownBy(() -> HookConfig.fromJsonFile(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hook config " + file + ": not valid JSON at line 3, column 1: Unexpected end-of-input: "
                        + "expected close marker for Object (start marker at [line: 2, column: 20])");
    }

    @Test
    void fromJsonFile_missingFile_namesIt() {
        Path file = dir.resolve("absent.json");

        assertThatThrownBy(() -> HookConfig.fromJsonFile(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hook config " + file + ": cannot be read: " + file);
    }

    @Test
    void load_environmentVariableAndOverride_replaceTheSaveConfig() throws IOException {
        Path file = write("{'LocalPath': '/tmp/b', 'HookParameters': {'save_interval': '3'}}");
        Map<String, String> env = Map.of("SMDEBUG_CONFIG_FILE_PATH", file.toString(),
                "BOOSTSCOPE_SAVE_CONFIG", "interval=5");

        HookConfig fromEnv = new HookEnvironment(env::get, key -> null, dir.resolve("none")).load().orElseThrow();
        HookConfig fromProperty = new HookEnvironment(env::get, Map.of("boostscope.saveConfig", "interval=7")::get,
                dir.resolve("none")).load().orElseThrow();

        assertThat(fromEnv.saveConfig()).hasToString("interval=5");
        assertThat(fromProperty.saveConfig()).hasToString("interval=7");
    }

    @Test
    void load_badOverride_namesTheVariable() throws IOException {
        Path file = write("{'LocalPath': '/tmp/b'}");
        Map<String, String> env = Map.of("SMDEBUG_CONFIG_FILE_PATH", file.toString(), "BOOSTSCOPE_SAVE_CONFIG", "x");

        assertThatThrownBy(() -> new HookEnvironment(env::get, key -> null, dir.resolve("none")).load())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BOOSTSCOPE_SAVE_CONFIG: save config 'x': expected key=value, found 'x'");
    }

    @Test
    void load_nothingConfigured_isEmpty() throws IOException {
        assertThat(new HookEnvironment(key -> null, key -> null, dir.resolve("none")).load()).isEmpty();
        Path file = write("{'LocalPath': '/tmp/c'}");
        assertThat(new HookEnvironment(key -> null, key -> null, file).load()).isPresent();
    }
}
