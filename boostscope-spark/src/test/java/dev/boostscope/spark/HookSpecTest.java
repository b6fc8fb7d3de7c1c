// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.xgboost.CollectionConfig;
import dev.boostscope.xgboost.HookConfig;
import dev.boostscope.xgboost.IncludeWorkers;
import dev.boostscope.xgboost.SaveConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The hook configuration as shipped to Spark's executors. */
final class HookSpecTest {

    @Test
    void toConfig_everySettingGiven_rebuildsAnEqualConfiguration() throws Exception {
        HookConfig config = HookConfig.newBuilder().outputLocation("s3://bucket/runs/7")
                .saveConfig(SaveConfig.parse("interval=3,start=1,end=20"))
                .collection(CollectionConfig.of("metrics", SaveConfig.ofInterval(1)))
                .collection(CollectionConfig.of("mine").withIncludeRegex("^train-.*"))
                .includeCollections("predictions", "labels", "trees")
                .includeRegex(".*logloss").saveAll(false).includeWorkers(IncludeWorkers.ALL)
                .shapSampleRows(200).shapSeed(42).failFast(true).maxFailures(3).queueCapacity(4)
                .retryBackoff(Duration.ofMillis(10)).build();

        HookConfig rebuilt = shipped(HookSpec.of(config)).toConfig();

        assertThat(rebuilt).hasToString(config.toString());
        assertThat(rebuilt.collections()).isEqualTo(config.collections());
        assertThat(rebuilt.saveConfig()).isEqualTo(config.saveConfig());
        assertThat(rebuilt.retryBackoff()).isEqualTo(config.retryBackoff());
        assertThat(rebuilt.shapSeed()).isEqualTo(42);
    }

    @Test
    void toConfig_defaults_rebuildsAnEqualConfiguration() throws Exception {
        HookConfig config = HookConfig.newBuilder().outputLocation("/tmp/boostscope-run").shapFullData(true).build();

        HookConfig rebuilt = shipped(HookSpec.of(config)).toConfig();

        assertThat(rebuilt).hasToString(config.toString());
        assertThat(rebuilt.collections()).isEqualTo(config.collections());
        assertThat(rebuilt.includeWorkers()).isEqualTo(IncludeWorkers.ONE);
    }

    /** Returns the spec after Java serialisation, as Spark ships a task. */
    private static HookSpec shipped(HookSpec spec) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(spec);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (HookSpec) in.readObject();
        }
    }
}
