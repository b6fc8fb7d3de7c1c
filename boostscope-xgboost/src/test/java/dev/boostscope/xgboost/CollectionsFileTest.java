// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.Mode;
import dev.boostscope.core.format.CollectionEntry;
import dev.boostscope.core.format.CollectionsFile;
import dev.boostscope.xgboost.testkit.SyntheticData;
import dev.boostscope.xgboost.testkit.WrittenTrial;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** The collections file lists every name ever written (smdebug's lists stop after the first step). */
@DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
final class CollectionsFileTest {
    @TempDir
    Path dir;

    private DMatrix train;

    @BeforeEach
    void setUp() throws XGBoostError {
        train = SyntheticData.matrix(300, 12, 2, 3);
    }

    @AfterEach
    void tearDown() {
        train.dispose();
    }

    private TrainingResult run(HookConfig hook) throws XGBoostError {
        Map<String, Object> params = new HashMap<>();
        params.put("objective", "binary:logistic");
        params.put("max_depth", 1);
        params.put("max_bin", 16);
        params.put("nthread", 1);
        TrainingResult result = DebugTraining.newBuilder().params(params).trainData(train).rounds(8)
                .evalSet("train", train).hook(hook).build().train();
        result.booster().dispose();
        return result;
    }

    @Test
    void collections_featuresFirstUsedLate_areListed() throws XGBoostError {
        run(HookConfig.newBuilder().outputUri(dir.toUri()).saveConfig(SaveConfig.ofInterval(1))
                .includeCollections("feature_importance").build());

        WrittenTrial trial = WrittenTrial.read(dir);
        TreeSet<String> written = new TreeSet<>();
        trial.tensors().keySet().stream().filter(n -> n.startsWith("feature_importance/")).forEach(written::add);
        TreeSet<String> atStepZero = new TreeSet<>();
        trial.tensors().forEach((name, steps) -> {
            if (name.startsWith("feature_importance/") && steps.containsKey(0L)) {
                atStepZero.add(name);
            }
        });
        assertThat(atStepZero).hasSizeLessThan(written.size());
        assertThat(trial.namesIn("feature_importance")).isEqualTo(written);
        CollectionsFile collections = trial.collections().orElseThrow();
        assertThat(collections.numWorkers()).isEqualTo(1);
        assertThat(collections.collections()).containsOnlyKeys("metrics", "feature_importance");
        CollectionEntry metrics = collections.collections().get("metrics");
        assertThat(metrics.saveConfig()).containsOnlyKeys(Mode.values());
        assertThat(metrics.saveConfig().get(Mode.GLOBAL).saveInterval()).isEqualTo(1);
    }

    @Test
    void collections_saveAllAndIncludeRegex_fillAllAndDefault() throws XGBoostError {
        TrainingResult result = run(HookConfig.newBuilder().outputUri(dir.toUri())
                .saveConfig(SaveConfig.ofInterval(4)).saveAll(true).includeRegex("^trees/Gain$").build());

        WrittenTrial trial = WrittenTrial.read(dir);
        assertThat(trial.steps()).containsExactly(0L, 4L);
        assertThat(trial.namesIn("all")).isEqualTo(new TreeSet<>(trial.tensors().keySet()));
        assertThat(trial.namesIn("default")).containsExactly("trees/Gain");
        assertThat(trial.tensors()).containsKeys("train-logloss", "trees/Node", "full_shap", "average_shap/f0",
                "hyperparameters/objective");
        assertThat(trial.endMarker()).isTrue();
        assertThat(result.hookStatistics().stepsWritten()).isEqualTo(2);
        assertThat(result.hookStatistics().queueWaits()).isZero();
    }
}
