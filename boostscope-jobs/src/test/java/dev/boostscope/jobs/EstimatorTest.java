// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.jobs.spec.Channel;
import dev.boostscope.jobs.spec.DebugHookSpec;
import dev.boostscope.jobs.spec.JobSpec;
import dev.boostscope.rules.config.RuleConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EstimatorTest {
    @TempDir
    Path dir;

    @Test
    void spec_builderSettings_becomeACreateTrainingJobSpec() {
        DebugHookSpec hook = new DebugHookSpec(null, "s3://b/debug", Map.of("save_interval", "3"), List.of());
        Estimator estimator = Estimator.newBuilder().home(JobsHome.open(dir)).baseJobName("demo")
                .hyperParameters(Map.of("num_round", "25", "objective", "multi:softmax", "num_class", "10"))
                .contentType("text/csv").outputPath("s3://b/models").maxRuntime(Duration.ofMinutes(30))
                .debugHookConfig(hook).rule(RuleConfig.of("Overfit", Map.of("rule_to_invoke", "Overfit"))).build();

        JobSpec spec = estimator.spec(Map.of("validation", "s3://b/val", "train", "s3://b/train"));

        assertThat(spec).isEqualTo(new JobSpec("demo", true, Map.of("num_round", "25", "objective", "multi:softmax",
                "num_class", "10"), List.of(new Channel("train", "s3://b/train", "text/csv"),
                        new Channel("validation", "s3://b/val", "text/csv")), "s3://b/models", 1, 1800, hook,
                List.of(RuleConfig.of("Overfit", Map.of("rule_to_invoke", "Overfit")))));
        assertThat(estimator.latestTrainingJob()).isEmpty();
    }

    @Test
    void builder_settingTwice_throws() {
        Estimator.Builder builder = Estimator.newBuilder().baseJobName("a");

        assertThatThrownBy(() -> builder.baseJobName("b")).isInstanceOf(IllegalStateException.class)
                .hasMessage("baseJobName was already set to a");
        assertThatThrownBy(() -> builder.hyperParameter("eta", "1").hyperParameter("eta", "2"))
                .isInstanceOf(IllegalStateException.class).hasMessage("hyperparameter eta was already set to 1");
    }

    @Test
    void builder_badValues_areRejectedAtOnce() {
        assertThatThrownBy(() -> Estimator.newBuilder().baseJobName("my_job"))
                .hasMessage("base job name must be letters, digits and hyphens: 'my_job'");
        assertThatThrownBy(() -> Estimator.newBuilder().contentType("parquet"))
                .hasMessage("unknown content type 'parquet': expected libsvm, text/libsvm, text/x-libsvm, csv or "
                        + "text/csv");
        assertThatThrownBy(() -> Estimator.newBuilder().maxRuntime(Duration.ofMillis(10)))
                .hasMessage("max runtime must be at least one second: PT0.01S");
    }
}
