// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.boostscope.core.Mode;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import dev.boostscope.xgboost.HookConfig;
import dev.boostscope.xgboost.IncludeWorkers;
import dev.boostscope.xgboost.SaveConfig;
import java.nio.file.Path;
import java.util.List;
import ml.dmlc.xgboost4j.scala.spark.XGBoostRegressionModel;
import ml.dmlc.xgboost4j.scala.spark.XGBoostRegressor;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** XGBoostRegressor fitted by two Spark workers with the debugger on. */
@DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
final class SparkDebuggerRegressorTest {
    private static final int EVAL_ROWS = 400;

    @TempDir
    Path dir;

    private static XGBoostRegressor regressor(Dataset<Row> eval) {
        XGBoostRegressor regressor = new XGBoostRegressor();
        regressor.setNumWorkers(2);
        regressor.setNumRound(4);
        regressor.setMaxDepth(3);
        regressor.setMaxBins(16);
        regressor.setEvalDataset(eval);
        return regressor;
    }

    @Test
    void fit_allWorkers_trialHoldsEachWorkersRmseAndPredictions() {
        Dataset<Row> eval = SharedSpark.data(EVAL_ROWS, 4, false);
        HookConfig hook = HookConfig.newBuilder().outputUri(dir.toUri()).saveConfig(SaveConfig.ofInterval(1))
                .includeWorkers(IncludeWorkers.ALL).includeCollections("predictions", "labels").build();

        XGBoostRegressionModel model = SparkDebugger.fit(regressor(eval), SharedSpark.data(1500, 3, false), hook);

        float[] evalRmse = model.summary().get().validationObjectiveHistory().head()._2();
        try (Trial trial = Trials.open(dir.toUri())) {
            assertThat(trial.workers()).containsExactly("worker_0", "worker_1");
            assertThat(trial.steps()).containsExactly(0, 1, 2, 3);
            long rows = 0;
            for (String worker : trial.workers()) {
                assertThat(trial.tensor("eval-rmse").value(3, Mode.GLOBAL, worker).scalarValue())
                        .isCloseTo(evalRmse[3], within(1e-5));
                rows += trial.tensor("predictions").value(3, Mode.GLOBAL, worker).shape()[0];
            }
            assertThat(rows).isEqualTo(EVAL_ROWS);
        }
        assertThat(model.parent()).isNotNull();
    }

    @Test
    void fit_defaultIncludeWorkers_onlyRankZeroWrites() {
        HookConfig hook = HookConfig.newBuilder().outputUri(dir.toUri()).saveConfig(SaveConfig.ofInterval(2)).build();

        SparkDebugger.fit(regressor(SharedSpark.data(EVAL_ROWS, 6, false)), SharedSpark.data(1000, 5, false), hook);

        try (Trial trial = Trials.open(dir.toUri())) {
            assertThat(trial.workers()).containsExactly("worker_0");
            assertThat(trial.steps()).containsExactly(0, 2);
            assertThat(trial.tensorNamesInCollection("metrics")).containsExactlyInAnyOrderElementsOf(
                    List.of("train-rmse", "eval-rmse"));
            assertThat(trial.loadedAllSteps()).isTrue();
        }
    }
}
