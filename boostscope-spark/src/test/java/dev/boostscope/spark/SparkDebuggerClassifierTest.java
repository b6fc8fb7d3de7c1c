// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import dev.boostscope.xgboost.HookConfig;
import dev.boostscope.xgboost.IncludeWorkers;
import dev.boostscope.xgboost.SaveConfig;
import java.nio.file.Path;
import java.util.List;
import ml.dmlc.xgboost4j.scala.spark.XGBoostClassificationModel;
import ml.dmlc.xgboost4j.scala.spark.XGBoostClassifier;
import ml.dmlc.xgboost4j.scala.spark.XGBoostTrainingSummary;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** An XGBoostClassifier fitted by two Spark workers in local mode with the debugger on, read back as one trial. */
@DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
final class SparkDebuggerClassifierTest {
    private static final int ROUNDS = 6;
    private static final int EVAL_ROWS = 600;
    private static final List<String> WORKERS = List.of("worker_0", "worker_1");

    @TempDir
    static Path dir;

    private static Dataset<Row> eval;
    private static XGBoostClassificationModel model;

    @BeforeAll
    static void fit() {
        Dataset<Row> train = SharedSpark.data(2000, 1, true);
        eval = SharedSpark.data(EVAL_ROWS, 2, true);
        XGBoostClassifier classifier = new XGBoostClassifier();
        classifier.setNumWorkers(2);
        classifier.setNumRound(ROUNDS);
        classifier.setMaxDepth(3);
        classifier.setMaxBins(16);
        classifier.setObjective("binary:logistic");
        classifier.setEvalDataset(eval);
        HookConfig hook = HookConfig.newBuilder().outputUri(dir.resolve("trial").toUri())
                .saveConfig(SaveConfig.ofInterval(2)).includeWorkers(IncludeWorkers.ALL)
                .includeCollections("predictions", "labels", "feature_importance", "trees").build();

        model = SparkDebugger.fit(classifier, train, hook);
    }

    @Test
    void fit_twoWorkers_trialHoldsBothWorkersAtEverySavedStep() {
        try (Trial trial = Trials.open(dir.resolve("trial").toUri())) {
            assertThat(trial.workers()).containsExactlyElementsOf(WORKERS);
            assertThat(trial.steps()).containsExactly(0, 2, 4);
            assertThat(trial.loadedAllSteps()).isTrue();
            for (String name : List.of("train-logloss", "eval-logloss", "predictions", "labels")) {
                for (int step : trial.steps()) {
                    assertThat(trial.tensor(name).workers(step)).as(name + " at " + step)
                            .containsExactlyInAnyOrderElementsOf(WORKERS);
                }
            }
        }
    }

    @Test
    void fit_twoWorkers_metricsAgreeWithXgboostsSummaryOnEveryWorker() {
        XGBoostTrainingSummary summary = model.summary().get();
        try (Trial trial = Trials.open(dir.resolve("trial").toUri())) {
            for (String worker : WORKERS) {
                for (int step : trial.steps()) {
                    double logged = trial.tensor("train-logloss").value(step, Mode.GLOBAL, worker).scalarValue();
                    assertThat(logged).as(worker + " at " + step)
                            .isCloseTo(summary.trainObjectiveHistory()[step], within(1e-5));
                }
            }
        }
    }

    @Test
    void fit_twoWorkers_eachWorkersPredictionsCoverItsPartitionOfTheEvalData() {
        double labelSum = eval.agg(functions.sum("label")).first().getDouble(0);
        try (Trial trial = Trials.open(dir.resolve("trial").toUri())) {
            for (int step : trial.steps()) {
                long rows = 0;
                double labels = 0;
                for (String worker : WORKERS) {
                    NdArray predictions = trial.tensor("predictions").value(step, Mode.GLOBAL, worker);
                    NdArray workerLabels = trial.tensor("labels").value(step, Mode.GLOBAL, worker);
                    assertThat(predictions.rank()).isEqualTo(1);
                    assertThat(predictions.shape()[0]).isPositive().isEqualTo(workerLabels.shape()[0]);
                    assertThat(java.util.Arrays.stream(predictions.toDoubleArray())).allMatch(p -> p >= 0 && p <= 1);
                    rows += predictions.shape()[0];
                    labels += sumOf(workerLabels.toDoubleArray());
                }
                assertThat(rows).isEqualTo(EVAL_ROWS);
                assertThat(labels).isCloseTo(labelSum, within(1e-6));
            }
        }
    }

    @Test
    void fit_twoWorkers_modelCollectionsSavedIdenticalOnBothWorkersAndModelPredicts() {
        try (Trial trial = Trials.open(dir.resolve("trial").toUri())) {
            assertThat(trial.tensorNamesInCollection("feature_importance")).isNotEmpty();
            for (String name : trial.tensorNamesInCollection("feature_importance")) {
                assertThat(trial.tensor(name).value(4, Mode.GLOBAL, "worker_1")).as(name)
                        .isEqualTo(trial.tensor(name).value(4, Mode.GLOBAL, "worker_0"));
            }
            assertThat(trial.tensor("trees/Feature").value(4, Mode.GLOBAL, "worker_1").toStringArray())
                    .containsAnyOf("f0", "f1");
        }
        double accuracy = model.transform(eval).filter("prediction = label").count() / (double) EVAL_ROWS;
        assertThat(accuracy).isGreaterThan(0.8);
    }

    private static double sumOf(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }
}
