// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.DType;
import dev.boostscope.core.NdArray;
import dev.boostscope.xgboost.testkit.SyntheticData;
import dev.boostscope.xgboost.testkit.WrittenTrial;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, the metric names smdebug's {@code ^[a-zA-z]+-[a-zA-z0-9]+$} drops ({@code validation_0-logloss},
 * {@code ...-ndcg@5}): trained with the hook, they are in the trial at every saved step, equal to XGBoost4J's own
 * {@code evalSet} numbers for the same round.
 */
@DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
final class SmdebugDroppedMetricsTest {
    private static final int ROUNDS = 4;
    private static final int QUERY_SIZE = 10;

    @TempDir
    Path dir;

    private final List<DMatrix> matrices = new ArrayList<>();

    @AfterEach
    void dispose() {
        matrices.forEach(DMatrix::dispose);
    }

    private DMatrix matrix(int rows, int classes, long seed) throws XGBoostError {
        DMatrix matrix = SyntheticData.matrix(rows, 5, classes, seed);
        matrices.add(matrix);
        return matrix;
    }

    private DMatrix queries(int count, long seed) throws XGBoostError {
        DMatrix matrix = matrix(count * QUERY_SIZE, 4, seed);
        int[] groups = new int[count];
        Arrays.fill(groups, QUERY_SIZE);
        matrix.setGroup(groups);
        return matrix;
    }

    private static Map<String, Object> params(String objective, String metric) {
        Map<String, Object> params = new HashMap<>();
        params.put("objective", objective);
        params.put("eval_metric", metric);
        params.put("max_depth", 2);
        params.put("max_bin", 16);
        params.put("nthread", 1);
        params.put("seed", 0);
        return params;
    }

    private WrittenTrial trainWithHook(DMatrix train, Map<String, Object> params, Map<String, DMatrix> watches)
            throws XGBoostError {
        HookConfig hook = HookConfig.newBuilder().outputUri(dir.toUri()).saveConfig(SaveConfig.ofInterval(1))
                .includeCollections("losses").build();
        DebugTraining.train(train, params, ROUNDS, watches, null, null, hook).dispose();
        return WrittenTrial.read(dir);
    }

    @Test
    void train_binaryLoglossOnValidation0_savesValidation0LoglossEqualToEvalSet() throws XGBoostError {
        DMatrix train = matrix(200, 2, 1);
        Map<String, DMatrix> watches = new LinkedHashMap<>();
        watches.put("validation_0", matrix(80, 2, 2));
        Map<String, Object> params = params("binary:logistic", "logloss");

        WrittenTrial trial = trainWithHook(train, params, watches);

        assertThat(trial.tensors()).containsOnlyKeys("validation_0-logloss");
        assertThat(trial.namesIn("metrics")).containsExactly("validation_0-logloss");
        assertThat(trial.namesIn("losses")).containsExactly("validation_0-logloss");
        assertEqualsEvalSet(trial, reference(train, params, watches), List.of("validation_0-logloss"));
    }

    @Test
    void train_rankNdcgWithGroups_savesNdcgAt5EqualToEvalSet() throws XGBoostError {
        DMatrix train = queries(20, 3);
        Map<String, DMatrix> watches = new LinkedHashMap<>();
        watches.put("train", train);
        watches.put("validation_0", queries(8, 4));
        Map<String, Object> params = params("rank:ndcg", "ndcg@5");

        WrittenTrial trial = trainWithHook(train, params, watches);

        List<String> names = List.of("train-ndcg@5", "validation_0-ndcg@5");
        assertThat(trial.tensors()).containsOnlyKeys(names);
        assertThat(trial.namesIn("metrics")).containsExactlyElementsOf(names);
        assertThat(trial.namesIn("losses")).isEmpty();
        assertEqualsEvalSet(trial, reference(train, params, watches), names);
    }

    private static void assertEqualsEvalSet(WrittenTrial trial, Map<Integer, Map<String, Double>> reference,
            List<String> names) {
        assertThat(trial.steps()).containsExactly(0L, 1L, 2L, 3L);
        for (long step : trial.steps()) {
            for (String name : names) {
                NdArray value = trial.value(name, step);
                assertThat(value.dtype()).isEqualTo(DType.FLOAT64);
                assertThat(value.scalarValue()).as(name + " at " + step)
                        .isEqualTo(reference.get((int) step).get(name));
            }
        }
    }

    /** Runs XGBoost4J's own loop and splits its eval lines without Boostscope's parser. */
    private static Map<Integer, Map<String, Double>> reference(DMatrix train, Map<String, Object> params,
            Map<String, DMatrix> watches) throws XGBoostError {
        Map<Integer, Map<String, Double>> out = new HashMap<>();
        Booster booster = XGBoost.train(train, params, 0, watches, null, null);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                booster.update(train, round);
                String line = booster.evalSet(watches.values().toArray(new DMatrix[0]),
                        watches.keySet().toArray(new String[0]), round);
                Map<String, Double> values = new HashMap<>();
                for (String item : line.substring(line.indexOf('\t') + 1).split("\t")) {
                    int colon = item.lastIndexOf(':');
                    values.put(item.substring(0, colon), Double.valueOf(item.substring(colon + 1)));
                }
                out.put(round, values);
            }
        } finally {
            booster.dispose();
        }
        return out;
    }
}
