// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.boostscope.trial.StepListener;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import dev.boostscope.xgboost.testkit.SyntheticData;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** What the hook writes, read with the analysis side's {@code Trials.open}, after training and while it runs. */
@DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
final class TrialReadBackTest {
    @TempDir
    Path dir;

    private DMatrix train;
    private DMatrix validation;

    @BeforeEach
    void setUp() throws XGBoostError {
        train = SyntheticData.matrix(200, 6, 3, 1);
        validation = SyntheticData.matrix(80, 6, 3, 2);
    }

    @AfterEach
    void tearDown() {
        train.dispose();
        validation.dispose();
    }

    private TrainingResult train(int rounds) throws XGBoostError {
        Map<String, Object> params = new HashMap<>();
        params.put("objective", "multi:softprob");
        params.put("num_class", 3);
        params.put("max_depth", 2);
        params.put("max_bin", 16);
        params.put("nthread", 1);
        HookConfig hook = HookConfig.newBuilder().outputUri(dir.toUri()).saveConfig(SaveConfig.ofInterval(2))
                .includeCollections("predictions", "labels", "feature_importance").build();
        TrainingResult result = DebugTraining.newBuilder().params(params).trainData(train).rounds(rounds)
                .evalSet("train", train).evalSet("validation", validation).hook(hook).build().train();
        result.booster().dispose();
        return result;
    }

    @Test
    void open_afterTraining_readsEveryStepAndCollection() throws XGBoostError {
        train(6);

        try (Trial trial = Trials.open(dir.toUri())) {
            assertThat(trial.steps()).containsExactly(0, 2, 4);
            assertThat(trial.loadedAllSteps()).isTrue();
            assertThat(trial.workers()).containsExactly("worker_0");
            assertThat(trial.tensorNamesInCollection("metrics"))
                    .containsExactlyInAnyOrder("train-mlogloss", "validation-mlogloss");
            assertThat(trial.tensor("predictions").value(4).shape()).containsExactly(80, 3);
            assertThat(trial.tensor("labels").value(0).toFloatArray()).containsExactly(validation.getLabel());
            assertThat(trial.tensorNamesInCollection("feature_importance")).isNotEmpty()
                    .allMatch(name -> name.startsWith("feature_importance/"));
        }
    }

    @Test
    void onStep_whileTraining_seesEachStepInOrderThenTheEnd() throws XGBoostError {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        AtomicBoolean ended = new AtomicBoolean();
        try (Trial trial = Trials.newBuilder(dir.toUri()).allowEmpty(true).pollInterval(Duration.ofMillis(50))
                .open()) {
            trial.onStep(new StepListener() {
                @Override
                public void onStep(Trial t, int step) {
                    assertThat(t.tensor("validation-mlogloss").value(step).scalarValue()).isPositive();
                    seen.add(step);
                }

                @Override
                public void onEnd(Trial t) {
                    ended.set(true);
                }
            });
            train(10);

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).untilTrue(ended);
            assertThat(seen).containsExactly(0, 2, 4, 6, 8);
        }
    }
}
