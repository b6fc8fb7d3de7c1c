// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.xgboost.HookConfig;
import dev.boostscope.xgboost.IncludeWorkers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import ml.dmlc.xgboost4j.scala.spark.XGBoostClassificationModel;
import ml.dmlc.xgboost4j.scala.spark.XGBoostClassifier;
import org.apache.spark.ml.regression.LinearRegression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** The debugger never fails a fit for its own sake, and refuses what it must before training. */
@DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
final class SparkDebuggerFailureTest {
    @TempDir
    Path dir;

    private static XGBoostClassifier classifier() {
        XGBoostClassifier classifier = new XGBoostClassifier();
        classifier.setNumWorkers(2);
        classifier.setNumRound(3);
        classifier.setMaxDepth(2);
        classifier.setMaxBins(16);
        return classifier;
    }

    @Test
    void fit_unwritableLocation_trainsWithoutCapture() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        HookConfig hook = HookConfig.newBuilder().outputUri(file.resolve("trial").toUri())
                .includeWorkers(IncludeWorkers.ALL).build();

        XGBoostClassificationModel model = SparkDebugger.fit(classifier(), SharedSpark.data(800, 7, true), hook);

        assertThat(model.summary().get().trainObjectiveHistory()).hasSize(3);
        assertThat(model.nativeBooster().getNumBoostedRound()).isEqualTo(3);
        assertThat(file).hasContent("x");
    }

    @Test
    void fit_locationHoldsTrial_refusesBeforeTraining() throws IOException {
        Files.writeString(dir.resolve("training_job_end.ts"), "");
        HookConfig hook = HookConfig.newBuilder().outputUri(dir.toUri()).build();

        assertThatThrownBy(() -> SparkDebugger.fit(classifier(), SharedSpark.data(100, 8, true), hook))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("output %s already holds a trial; write each run to a new location", hook.outputUri());
    }

    @Test
    void fit_notAnXgboostEstimator_throwsNamingIt() {
        HookConfig hook = HookConfig.newBuilder().outputUri(dir.toUri()).build();

        assertThatThrownBy(() -> SparkDebugger.fit(new LinearRegression(), SharedSpark.data(10, 9, false), hook))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("estimator must be an XGBoost4J-Spark estimator (XGBoostClassifier, XGBoostRegressor or "
                        + "XGBoostRanker): org.apache.spark.ml.regression.LinearRegression");
    }
}
