// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

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
import ml.dmlc.xgboost4j.java.IEvaluation;
import ml.dmlc.xgboost4j.java.IObjective;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** A custom objective and evaluation give what XGBoost.train gives with them; the listener sees every round. */
@DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
final class CustomFunctionsTest {
    private static final int ROUNDS = 4;

    @TempDir
    Path dir;

    private DMatrix train;
    private DMatrix validation;

    @BeforeEach
    void setUp() throws XGBoostError {
        train = SyntheticData.matrix(200, 6, 2, 1);
        validation = SyntheticData.matrix(100, 6, 2, 2);
    }

    @AfterEach
    void tearDown() {
        train.dispose();
        validation.dispose();
    }

    private static Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("max_depth", 2);
        params.put("max_bin", 16);
        params.put("nthread", 1);
        params.put("base_score", 0.5);
        return params;
    }

    private Map<String, DMatrix> watches() {
        Map<String, DMatrix> watches = new LinkedHashMap<>();
        watches.put("train", train);
        watches.put("validation", validation);
        return watches;
    }

    @Test
    void train_customObjectiveAndEvaluation_matchXgboostTrain() throws XGBoostError {
        float[][] ours = new float[2][ROUNDS];
        float[][] theirs = new float[2][ROUNDS];
        List<RoundInfo> rounds = new ArrayList<>();
        HookConfig hook = HookConfig.newBuilder().outputUri(dir.toUri()).saveConfig(SaveConfig.ofInterval(1)).build();
        TrainingResult result = DebugTraining.newBuilder().params(params()).trainData(train).rounds(ROUNDS)
                .evalSets(watches()).objective(new Logistic()).evaluation(new ErrorRate()).hook(hook)
                .roundListener(rounds::add).build().train();
        Booster reference = XGBoost.train(train, params(), ROUNDS, watches(), theirs, new Logistic(),
                new ErrorRate(), 0);
        try {
            assertThat(result.booster().predict(validation)).isDeepEqualTo(reference.predict(validation));
            WrittenTrial trial = WrittenTrial.read(dir);
            assertThat(trial.tensors()).containsOnlyKeys("train-my_error", "validation-my_error");
            for (int round = 0; round < ROUNDS; round++) {
                ours[0][round] = (float) trial.value("train-my_error", round).scalarValue();
                ours[1][round] = (float) trial.value("validation-my_error", round).scalarValue();
            }
            assertThat(ours).isDeepEqualTo(theirs);
            assertThat(rounds).extracting(RoundInfo::round).containsExactly(0, 1, 2, 3);
            assertThat(rounds.get(3).metrics()).isEqualTo(result.finalMetrics());
            assertThat(rounds.get(3).hook().stepsCaptured()).isEqualTo(4);
        } finally {
            result.booster().dispose();
            reference.dispose();
        }
    }

    /** Logistic loss on raw margins. */
    private static final class Logistic implements IObjective {
        private static final long serialVersionUID = 1L;

        @Override
        public List<float[]> getGradient(float[][] predicts, DMatrix data) {
            try {
                float[] labels = data.getLabel();
                float[] grad = new float[predicts.length];
                float[] hess = new float[predicts.length];
                for (int i = 0; i < predicts.length; i++) {
                    float p = (float) (1 / (1 + Math.exp(-predicts[i][0])));
                    grad[i] = p - labels[i];
                    hess[i] = Math.max(p * (1 - p), 1e-16f);
                }
                return List.of(grad, hess);
            } catch (XGBoostError e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The share of rows whose margin is on the wrong side of 0. */
    private static final class ErrorRate implements IEvaluation {
        private static final long serialVersionUID = 1L;

        @Override
        public String getMetric() {
            return "my_error";
        }

        @Override
        public float eval(float[][] predicts, DMatrix data) {
            try {
                float[] labels = data.getLabel();
                int wrong = 0;
                for (int i = 0; i < predicts.length; i++) {
                    wrong += (predicts[i][0] > 0) != (labels[i] > 0.5f) ? 1 : 0;
                }
                return wrong / (float) predicts.length;
            } catch (XGBoostError e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
