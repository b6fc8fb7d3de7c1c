// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.DType;
import dev.boostscope.core.NdArray;
import dev.boostscope.xgboost.testkit.SyntheticData;
import dev.boostscope.xgboost.testkit.WrittenTrial;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** Metrics, predictions and labels against XGBoost4J's own numbers, on a small multi-class problem. */
@DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
final class MetricsAndPredictionsTest {
    private static final int ROUNDS = 10;

    @TempDir
    Path dir;

    private DMatrix train;
    private DMatrix validation;

    @BeforeEach
    void data() throws XGBoostError {
        train = SyntheticData.matrix(300, 10, 3, 1);
        validation = SyntheticData.matrix(100, 10, 3, 2);
    }

    @AfterEach
    void dispose() {
        train.dispose();
        validation.dispose();
    }

    private Map<String, Object> params(String objective) {
        Map<String, Object> params = new HashMap<>();
        params.put("objective", objective);
        params.put("num_class", 3);
        params.put("max_depth", 3);
        params.put("eta", 0.3);
        params.put("max_bin", 32);
        params.put("nthread", 1);
        params.put("tree_method", "hist");
        params.put("seed", 0);
        return params;
    }

    private Map<String, DMatrix> watches() {
        Map<String, DMatrix> watches = new LinkedHashMap<>();
        watches.put("train", train);
        watches.put("validation", validation);
        return watches;
    }

    private HookConfig notebookHook() {
        SaveConfig every3 = SaveConfig.ofInterval(3);
        return HookConfig.newBuilder().outputUri(dir.toUri())
                .collection(CollectionConfig.of("metrics", every3))
                .collection(CollectionConfig.of("predictions", every3))
                .collection(CollectionConfig.of("labels", every3))
                .build();
    }

    @Test
    void train_metricsEveryThreeSteps_equalXgboostOwnEvalSetAtSavedRounds() throws XGBoostError {
        Booster booster = DebugTraining.train(train, params("multi:softmax"), ROUNDS, watches(), null, null,
                notebookHook());
        booster.dispose();

        WrittenTrial trial = WrittenTrial.read(dir);
        assertThat(trial.steps()).containsExactly(0L, 3L, 6L, 9L);
        assertThat(trial.tensors()).containsOnlyKeys("train-mlogloss", "validation-mlogloss", "predictions",
                "labels");
        Map<Integer, Map<String, Double>> reference = referenceEvalLines(params("multi:softmax"));
        for (long step : trial.steps()) {
            for (String name : List.of("train-mlogloss", "validation-mlogloss")) {
                NdArray value = trial.value(name, step);
                assertThat(value.dtype()).isEqualTo(DType.FLOAT64);
                assertThat(value.shape()).containsExactly(1);
                assertThat(value.scalarValue()).as(name + " at " + step)
                        .isEqualTo(reference.get((int) step).get(name));
            }
        }
    }

    @Test
    void train_predictionsAtStep_equalFinalModelLimitedToStepPlusOneRounds() throws XGBoostError {
        Booster booster = DebugTraining.train(train, params("multi:softprob"), ROUNDS, watches(), null, null,
                notebookHook());
        try {
            WrittenTrial trial = WrittenTrial.read(dir);
            for (long step : trial.steps()) {
                float[][] expected = booster.predict(validation, false, (int) step + 1);
                NdArray saved = trial.value("predictions", step);
                assertThat(saved.dtype()).isEqualTo(DType.FLOAT32);
                assertThat(saved.shape()).containsExactly(100, 3);
                assertThat(saved.toFloatArray()).as("step " + step).containsExactly(flatten(expected));
            }
            assertThat(trial.value("labels", 9).toFloatArray()).containsExactly(validation.getLabel());
            assertThat(trial.value("labels", 9).shape()).containsExactly(100);
        } finally {
            booster.dispose();
        }
    }

    @Test
    void train_softmax_savesClassIndicesAsVector() throws XGBoostError {
        Booster booster = DebugTraining.train(train, params("multi:softmax"), 4, watches(), null, null,
                notebookHook());
        try {
            NdArray saved = WrittenTrial.read(dir).value("predictions", 3);
            assertThat(saved.shape()).containsExactly(100);
            assertThat(saved.toFloatArray()).containsExactly(flatten(booster.predict(validation)));
        } finally {
            booster.dispose();
        }
    }

    @Test
    void train_metricsArray_equalsXgboostTrainOwnArray() throws XGBoostError {
        float[][] ours = new float[2][ROUNDS];
        float[][] theirs = new float[2][ROUNDS];
        HookConfig hook = HookConfig.newBuilder().outputUri(dir.toUri()).build();
        DebugTraining.train(train, params("multi:softprob"), ROUNDS, watches(), ours, null, null, 0, hook).dispose();
        XGBoost.train(train, params("multi:softprob"), ROUNDS, watches(), theirs, null, null, 0).dispose();

        assertThat(ours).isDeepEqualTo(theirs);
    }

    @Test
    void train_severalMetricsPerEvalSet_savesEveryOne() throws XGBoostError {
        Map<String, Object> params = params("multi:softprob");
        params.put("eval_metric", List.of("mlogloss", "merror", "auc"));
        HookConfig hook = HookConfig.newBuilder().outputUri(dir.toUri()).saveConfig(SaveConfig.ofInterval(1))
                .includeCollections("losses").build();
        DebugTraining.train(train, params, 2, watches(), null, null, hook).dispose();

        WrittenTrial trial = WrittenTrial.read(dir);
        assertThat(trial.tensors()).containsOnlyKeys("train-mlogloss", "train-merror", "train-auc",
                "validation-mlogloss", "validation-merror", "validation-auc");
        assertThat(trial.namesIn("metrics")).hasSize(6);
        assertThat(trial.namesIn("losses")).containsExactly("train-merror", "train-mlogloss",
                "validation-merror", "validation-mlogloss");
    }

    /** Runs XGBoost4J's own loop and splits its eval lines without Boostscope's parser. */
    private Map<Integer, Map<String, Double>> referenceEvalLines(Map<String, Object> params) throws XGBoostError {
        Map<Integer, Map<String, Double>> out = new HashMap<>();
        Booster booster = XGBoost.train(train, params, 0, watches(), null, null);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                booster.update(train, round);
                String line = booster.evalSet(new DMatrix[] {train, validation},
                        new String[] {"train", "validation"}, round);
                Map<String, Double> values = new HashMap<>();
                for (String item : line.substring(line.indexOf('\t') + 1).split("\t")) {
                    String[] pair = item.split(":");
                    values.put(pair[0], Double.valueOf(pair[1]));
                }
                out.put(round, values);
            }
        } finally {
            booster.dispose();
        }
        return out;
    }

    static float[] flatten(float[][] rows) {
        int width = rows[0].length;
        float[] flat = new float[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * width, width);
        }
        return flat;
    }
}
