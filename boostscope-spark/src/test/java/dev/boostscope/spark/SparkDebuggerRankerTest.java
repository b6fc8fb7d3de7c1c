// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import dev.boostscope.xgboost.HookConfig;
import dev.boostscope.xgboost.IncludeWorkers;
import dev.boostscope.xgboost.SaveConfig;
import java.nio.file.Path;
import ml.dmlc.xgboost4j.scala.spark.XGBoostRanker;
import ml.dmlc.xgboost4j.scala.spark.XGBoostRankerModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** XGBoostRanker, whose estimator partitions by query group, goes through the same debugged path. */
@DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
final class SparkDebuggerRankerTest {
    @TempDir
    Path dir;

    @Test
    void fit_twoWorkersWithQueryGroups_trialHoldsBothWorkersNdcg() {
        Dataset<Row> train = SharedSpark.data(800, 10, true)
                .withColumn("group", functions.floor(functions.monotonically_increasing_id().mod(40)));
        XGBoostRanker ranker = new XGBoostRanker().setGroupCol("group");
        ranker.setNumWorkers(2);
        ranker.setNumRound(3);
        ranker.setMaxDepth(2);
        ranker.setMaxBins(16);
        HookConfig hook = HookConfig.newBuilder().outputUri(dir.toUri()).saveConfig(SaveConfig.ofInterval(1))
                .includeWorkers(IncludeWorkers.ALL).build();

        XGBoostRankerModel model = SparkDebugger.fit(ranker, train, hook);

        try (Trial trial = Trials.open(dir.toUri())) {
            assertThat(trial.workers()).containsExactly("worker_0", "worker_1");
            assertThat(trial.steps()).containsExactly(0, 1, 2);
            assertThat(trial.tensorNamesInCollection("metrics")).singleElement().asString().startsWith("train-ndcg");
        }
        assertThat(model.nativeBooster().getNumBoostedRound()).isEqualTo(3);
    }
}
