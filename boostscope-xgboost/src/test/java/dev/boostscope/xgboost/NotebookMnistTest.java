// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.NdArray;
import dev.boostscope.xgboost.data.BundledMnist;
import dev.boostscope.xgboost.testkit.WrittenTrial;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed notebook's configuration on the bundled MNIST: multi:softmax, max_depth 5, eta 0.1, gamma 4,
 * min_child_weight 6, 25 rounds; metrics, predictions and labels every 3 steps, on all 8,000 training and 2,000
 * validation rows. Only {@code max_bin} 32 and {@code nthread} 1 are added, to keep the test fast. XGBoost 3.4's
 * default metric for multi:softmax is mlogloss.
 */
@DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
final class NotebookMnistTest {
    private static final int ROUNDS = 25;

    private static DMatrix train;
    private static DMatrix validation;

    @TempDir
    Path dir;

    @BeforeAll
    static void data() throws IOException, XGBoostError {
        train = BundledMnist.read(BundledMnist.Split.TRAIN).toDMatrix();
        validation = BundledMnist.read(BundledMnist.Split.VALIDATION).toDMatrix();
    }

    @AfterAll
    static void dispose() {
        train.dispose();
        validation.dispose();
    }

    private static Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("max_depth", 5);
        params.put("eta", 0.1);
        params.put("gamma", 4);
        params.put("min_child_weight", 6);
        params.put("objective", "multi:softmax");
        params.put("num_class", 10);
        params.put("tree_method", "hist");
        params.put("max_bin", 32);
        params.put("nthread", 1);
        return params;
    }

    private static Map<String, DMatrix> watches() {
        Map<String, DMatrix> watches = new LinkedHashMap<>();
        watches.put("train", train);
        watches.put("validation", validation);
        return watches;
    }

    @Test
    void train_notebookConfiguration_savesEveryThirdStepAsXgboostComputesIt() throws XGBoostError {
        SaveConfig every3 = SaveConfig.ofInterval(3);
        HookConfig hook = HookConfig.newBuilder().outputUri(dir.toUri())
                .collection(CollectionConfig.of("metrics", every3))
                .collection(CollectionConfig.of("predictions", every3))
                .collection(CollectionConfig.of("labels", every3)).build();
        Booster booster = DebugTraining.train(train, params(), ROUNDS, watches(), null, null, hook);
        try {
            WrittenTrial trial = WrittenTrial.read(dir);
            assertThat(trial.steps()).containsExactlyElementsOf(LongStream.rangeClosed(0, 8).map(i -> i * 3).boxed()
                    .toList());
            assertThat(trial.tensors()).containsOnlyKeys("train-mlogloss", "validation-mlogloss", "predictions",
                    "labels");
            assertThat(trial.endMarker()).isTrue();
            Map<Integer, Map<String, Double>> reference = referenceEvalLines();
            for (long step : trial.steps()) {
                for (String name : List.of("train-mlogloss", "validation-mlogloss")) {
                    assertThat(trial.value(name, step).scalarValue()).as(name + " at " + step)
                            .isEqualTo(reference.get((int) step).get(name));
                }
                NdArray predictions = trial.value("predictions", step);
                assertThat(predictions.shape()).containsExactly(2000);
                assertThat(predictions.toFloatArray()).as("predictions at " + step).containsExactly(
                        MetricsAndPredictionsTest.flatten(booster.predict(validation, false, (int) step + 1)));
            }
            assertThat(trial.value("labels", 24).toFloatArray()).containsExactly(validation.getLabel());
        } finally {
            booster.dispose();
        }
    }

    /** XGBoost4J's own loop; its eval lines split without Boostscope's parser. */
    private static Map<Integer, Map<String, Double>> referenceEvalLines() throws XGBoostError {
        Map<Integer, Map<String, Double>> out = new HashMap<>();
        Booster booster = XGBoost.train(train, params(), 0, watches(), null, null);
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
}
