// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boostscope.core.DType;
import dev.boostscope.core.NdArray;
import dev.boostscope.xgboost.testkit.SyntheticData;
import dev.boostscope.xgboost.testkit.WrittenTrial;
import java.nio.file.Path;
import java.util.ArrayList;
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

/** Feature importance, SHAP, trees and hyperparameters against XGBoost4J's own getScore, predictContrib and dumps. */
@DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
final class ModelCollectionsTest {
    private static final int ROUNDS = 5;
    private static final int CLASSES = 3;
    private static final int FEATURES = 10;

    @TempDir
    Path dir;

    private DMatrix train;
    private DMatrix validation;

    @BeforeEach
    void data() throws XGBoostError {
        train = SyntheticData.matrix(300, FEATURES, CLASSES, 1);
        validation = SyntheticData.matrix(100, FEATURES, CLASSES, 2);
    }

    @AfterEach
    void dispose() {
        train.dispose();
        validation.dispose();
    }

    private static Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("objective", "multi:softprob");
        params.put("num_class", CLASSES);
        params.put("max_depth", 3);
        params.put("eta", 0.3);
        params.put("max_bin", 32);
        params.put("nthread", 1);
        params.put("tree_method", "hist");
        return params;
    }

    private Booster trainWith(HookConfig hook) throws XGBoostError {
        Map<String, DMatrix> watches = new LinkedHashMap<>();
        watches.put("train", train);
        watches.put("validation", validation);
        return DebugTraining.train(train, params(), ROUNDS, watches, null, null, hook);
    }

    private HookConfig.Builder every2() {
        return HookConfig.newBuilder().outputUri(dir.toUri()).saveConfig(SaveConfig.ofInterval(2));
    }

    @Test
    void featureImportance_everyType_equalsGetScoreNormalised() throws XGBoostError {
        Booster booster = trainWith(every2().includeCollections("feature_importance").build());
        Booster atStep2 = XGBoost.train(train, params(), 3, Map.of(), null, null);
        try {
            WrittenTrial trial = WrittenTrial.read(dir);
            for (String type : List.of("weight", "gain", "cover", "total_gain", "total_cover")) {
                assertImportance(trial, 4, type, booster.getScore((String) null, type));
                assertImportance(trial, 2, type, atStep2.getScore((String) null, type));
            }
        } finally {
            booster.dispose();
            atStep2.dispose();
        }
    }

    private static void assertImportance(WrittenTrial trial, long step, String type, Map<String, Double> score) {
        double total = score.values().stream().mapToDouble(Double::doubleValue).sum();
        List<String> saved = new ArrayList<>();
        trial.tensors().forEach((name, bySteps) -> {
            if (name.startsWith("feature_importance/" + type + "/") && bySteps.containsKey(step)) {
                saved.add(name.substring(name.lastIndexOf('/') + 1));
            }
        });
        assertThat(saved).as(type + " features at " + step).containsExactlyInAnyOrderElementsOf(score.keySet());
        score.forEach((feature, value) -> {
            NdArray tensor = trial.value("feature_importance/" + type + "/" + feature, step);
            assertThat(tensor.dtype()).isEqualTo(DType.FLOAT64);
            assertThat(tensor.scalarValue()).as(type + "/" + feature).isCloseTo(value / total, within(1e-12));
        });
    }

    @Test
    void shap_sampledRows_equalPredictContribOnThoseRows() throws XGBoostError {
        Booster booster = trainWith(every2().includeCollections("average_shap", "full_shap").shapSampleRows(50)
                .shapSeed(7).build());
        try {
            WrittenTrial trial = WrittenTrial.read(dir);
            long[] rows = trial.value("shap_sample/row_indices", 0).toLongArray();
            assertThat(rows).hasSize(50).isSorted();
            assertThat(trial.value("shap_sample/total_rows", 0).scalarValue()).isEqualTo(300.0);
            assertThat(trial.value("shap_sample/seed", 0).scalarValue()).isEqualTo(7.0);
            assertThat(trial.tensors().get("shap_sample/row_indices")).containsOnlyKeys(0L);
            DMatrix sample = train.slice(java.util.Arrays.stream(rows).mapToInt(r -> (int) r).toArray());
            try {
                for (long step : List.of(0L, 2L, 4L)) {
                    assertShap(trial, step, booster.predictContrib(sample, (int) step + 1));
                }
            } finally {
                sample.dispose();
            }
        } finally {
            booster.dispose();
        }
    }

    private static void assertShap(WrittenTrial trial, long step, float[][] contrib) {
        int columns = FEATURES + 1;
        NdArray full = trial.value("full_shap", step);
        assertThat(full.shape()).containsExactly(contrib.length, CLASSES, columns);
        assertThat(full.toFloatArray()).containsExactly(MetricsAndPredictionsTest.flatten(contrib));
        for (int j = 0; j < FEATURES; j++) {
            double sum = 0;
            for (float[] row : contrib) {
                for (int k = 0; k < CLASSES; k++) {
                    sum += row[k * columns + j];
                }
            }
            NdArray average = trial.value("average_shap/f" + j, step);
            assertThat(average.dtype()).isEqualTo(DType.FLOAT32);
            assertThat(average.scalarValue()).as("f" + j + " at " + step)
                    .isCloseTo((float) (sum / (contrib.length * CLASSES)), within(1e-7));
        }
        assertThat(trial.tensors()).doesNotContainKey("average_shap/bias");
    }

    @Test
    void shap_fullData_usesEveryTrainingRow() throws XGBoostError {
        Booster booster = trainWith(every2().includeCollections("average_shap").shapFullData(true).build());
        try {
            WrittenTrial trial = WrittenTrial.read(dir);
            assertThat(trial.value("shap_sample/row_count", 0).scalarValue()).isEqualTo(300.0);
            assertThat(trial.tensors()).doesNotContainKeys("shap_sample/row_indices", "shap_sample/seed",
                    "full_shap");
            assertThat(trial.value("shap_sample/columns", 0).toStringArray()).endsWith("f9", "bias");
            float[][] contrib = booster.predictContrib(train, 0);
            double sum = 0;
            for (float[] row : contrib) {
                for (int k = 0; k < CLASSES; k++) {
                    sum += row[k * (FEATURES + 1) + 3];
                }
            }
            assertThat(trial.value("average_shap/f3", 4).scalarValue())
                    .isCloseTo((float) (sum / (300 * CLASSES)), within(1e-7));
        } finally {
            booster.dispose();
        }
    }

    @Test
    void trees_multiClass_everyTreeOfTheRoundMatchesJsonDump() throws Exception {
        Booster booster = trainWith(every2().includeCollections("trees").build());
        try {
            String[] dump = booster.getModelDump((String) null, true, "json");
            assertThat(dump).hasSize(ROUNDS * CLASSES);
            WrittenTrial trial = WrittenTrial.read(dir);
            for (long step : List.of(0L, 2L, 4L)) {
                List<Map<String, Object>> expected = new ArrayList<>();
                for (int tree = (int) step * CLASSES; tree < (step + 1) * CLASSES; tree++) {
                    flattenJson(tree, new ObjectMapper().readTree(dump[tree]), expected);
                }
                expected.sort(java.util.Comparator.comparing((Map<String, Object> m) -> (Integer) m.get("Tree"))
                        .thenComparing(m -> (Integer) m.get("Node")));
                assertTrees(trial, step, expected);
            }
        } finally {
            booster.dispose();
        }
    }

    private static void flattenJson(int tree, JsonNode node, List<Map<String, Object>> out) {
        Map<String, Object> row = new HashMap<>();
        row.put("Tree", tree);
        row.put("Node", node.get("nodeid").asInt());
        boolean leaf = node.has("leaf");
        row.put("Feature", leaf ? "Leaf" : node.get("split").asText());
        row.put("Split", leaf ? Double.NaN : node.get("split_condition").asDouble());
        row.put("Yes", leaf ? "nan" : tree + "-" + node.get("yes").asInt());
        row.put("No", leaf ? "nan" : tree + "-" + node.get("no").asInt());
        row.put("Missing", leaf ? "nan" : tree + "-" + node.get("missing").asInt());
        row.put("Gain", leaf ? node.get("leaf").asDouble() : node.get("gain").asDouble());
        row.put("Cover", node.get("cover").asDouble());
        out.add(row);
        if (node.has("children")) {
            node.get("children").forEach(child -> flattenJson(tree, child, out));
        }
    }

    private static void assertTrees(WrittenTrial trial, long step, List<Map<String, Object>> expected) {
        int n = expected.size();
        assertThat(trial.value("trees/Tree", step).toLongArray()).containsExactly(
                expected.stream().mapToLong(m -> (Integer) m.get("Tree")).toArray());
        assertThat(trial.value("trees/Node", step).toLongArray()).containsExactly(
                expected.stream().mapToLong(m -> (Integer) m.get("Node")).toArray());
        for (String column : List.of("Feature", "Yes", "No", "Missing")) {
            assertThat(trial.value("trees/" + column, step).toStringArray()).as(column)
                    .containsExactly(expected.stream().map(m -> (String) m.get(column)).toArray(String[]::new));
        }
        for (String column : List.of("Split", "Gain", "Cover")) {
            double[] saved = trial.value("trees/" + column, step).toDoubleArray();
            assertThat(saved).as(column).hasSize(n);
            for (int i = 0; i < n; i++) {
                double want = (Double) expected.get(i).get(column);
                if (Double.isNaN(want)) {
                    assertThat(saved[i]).isNaN();
                } else {
                    assertThat(saved[i]).as(column + " row " + i).isCloseTo(want, within(Math.abs(want) * 1e-6));
                }
            }
        }
        String[] ids = trial.value("trees/ID", step).toStringArray();
        assertThat(ids[0]).isEqualTo(expected.get(0).get("Tree") + "-0");
        assertThat(trial.value("trees/Category", step).toStringArray()).containsOnly("nan");
    }

    @Test
    void hyperparameters_savedAtStepZeroOnly_withTheirTypes() throws XGBoostError {
        trainWith(every2().includeCollections("hyperparameters").build()).dispose();

        WrittenTrial trial = WrittenTrial.read(dir);
        assertThat(trial.tensors().get("hyperparameters/eta")).containsOnlyKeys(0L);
        assertThat(trial.value("hyperparameters/eta", 0).dtype()).isEqualTo(DType.FLOAT64);
        assertThat(trial.value("hyperparameters/eta", 0).scalarValue()).isEqualTo(0.3);
        assertThat(trial.value("hyperparameters/max_depth", 0).dtype()).isEqualTo(DType.INT64);
        assertThat(trial.value("hyperparameters/num_round", 0).scalarValue()).isEqualTo(5.0);
        assertThat(trial.value("hyperparameters/objective", 0).toStringArray()).containsExactly("multi:softprob");
    }
}
