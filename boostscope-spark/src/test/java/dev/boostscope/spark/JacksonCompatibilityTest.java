// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import com.fasterxml.jackson.module.scala.DefaultScalaModule$;
import dev.boostscope.xgboost.HookConfig;
import dev.boostscope.xgboost.IncludeWorkers;
import dev.boostscope.xgboost.SaveConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * This module runs on Spark's Jackson (2.15), older than the rest of Boostscope's: Spark's Scala module accepts it,
 * and the hook's JSON reading still works on it. The trial tests cover the core's index and collections JSON.
 */
final class JacksonCompatibilityTest {
    @TempDir
    Path dir;

    @Test
    void classpath_sparkModule_resolvesSparksJackson() {
        assertThat(PackageVersion.VERSION.getMajorVersion()).isEqualTo(2);
        assertThat(PackageVersion.VERSION.getMinorVersion()).isEqualTo(15);
    }

    @Test
    void registerModule_sparksScalaModule_acceptsThisDatabind() {
        ObjectMapper mapper = new ObjectMapper().registerModule(DefaultScalaModule$.MODULE$);

        assertThat(mapper.getRegisteredModuleIds()).isNotEmpty();
    }

    @Test
    void fromJsonFile_onJackson215_readsTheSageMakerShape() throws IOException {
        Path file = dir.resolve("debughookconfig.json");
        Files.writeString(file, """
                {"LocalPath": "/tmp/run-7",
                 "HookParameters": {"save_interval": "3", "include_workers": "all"},
                 "CollectionConfigurations": [{"CollectionName": "predictions"},
                   {"CollectionName": "metrics", "CollectionParameters": {"save_interval": "1"}}]}
                """);

        HookConfig config = HookConfig.fromJsonFile(file);

        assertThat(config.saveConfig()).isEqualTo(SaveConfig.ofInterval(3));
        assertThat(config.includeWorkers()).isEqualTo(IncludeWorkers.ALL);
        assertThat(config.collections()).containsKeys("metrics", "predictions");
    }
}
