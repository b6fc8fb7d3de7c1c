// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.xgboost.testkit.SyntheticData;
import dev.boostscope.xgboost.testkit.WrittenTrial;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

/** Stop signals, signal files, early stopping, XGBoost's own errors and reused output folders. */
@DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
final class StoppingTest {
    @TempDir
    Path dir;

    private DMatrix train;
    private DMatrix noise;

    @BeforeEach
    void setUp() throws XGBoostError {
        train = SyntheticData.matrix(300, 8, 2, 1);
        noise = SyntheticData.matrix(200, 8, 2, 99);
        float[] labels = new float[200];
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < labels.length; i++) {
            labels[i] = random.nextInt(2);
        }
        noise.setLabel(labels);
    }

    @AfterEach
    void tearDown() {
        train.dispose();
        noise.dispose();
    }

    private static Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("objective", "binary:logistic");
        params.put("eval_metric", "logloss");
        params.put("max_depth", 4);
        params.put("eta", 0.5);
        params.put("max_bin", 16);
        params.put("nthread", 1);
        return params;
    }

    private DebugTraining.Builder builder(int rounds) {
        return DebugTraining.newBuilder().params(params()).trainData(train).rounds(rounds)
                .evalSet("train", train).evalSet("validation", noise)
                .hook(HookConfig.newBuilder().outputUri(dir.toUri()).saveConfig(SaveConfig.ofInterval(1)).build());
    }

    @Test
    void train_stopRequestedAfterRoundThree_endsCleanlyWithEverythingFlushed() throws XGBoostError {
        StopSignal stop = StopSignal.create();
        TrainingResult result = builder(20).stopSignal(stop).roundListener(round -> {
            if (round.round() == 3) {
                stop.request("operator asked");
            }
        }).build().train();
        result.booster().dispose();

        assertThat(result.completion()).isEqualTo(Completion.STOPPED);
        assertThat(result.stopReason()).hasValue("operator asked");
        assertThat(result.roundsCompleted()).isEqualTo(4);
        WrittenTrial trial = WrittenTrial.read(dir);
        assertThat(trial.steps()).containsExactly(0L, 1L, 2L, 3L);
        assertThat(trial.endMarker()).isTrue();
        assertThat(trial.namesIn("metrics")).containsExactly("train-logloss", "validation-logloss");
    }

    @Test
    void train_signalFileAppears_stopsAfterTheRound() throws XGBoostError {
        Path file = dir.resolve("STOP");
        TrainingResult result = builder(20).stopSignal(StopSignal.onFile(file)).roundListener(round -> {
            if (round.round() == 1) {
                touch(file);
            }
        }).build().train();
        result.booster().dispose();

        assertThat(result.roundsCompleted()).isEqualTo(2);
        assertThat(result.stopReason()).hasValue("stop file " + file + " exists");
        assertThat(WrittenTrial.read(dir).endMarker()).isTrue();
    }

    @Test
    void train_earlyStopping_stopsWhereXgboostStopsWithTheSameAttributes() throws XGBoostError {
        Map<String, DMatrix> watches = new LinkedHashMap<>();
        watches.put("train", train);
        watches.put("validation", noise);
        Booster reference = XGBoost.train(train, params(), 50, watches, null, null, null, 3);
        TrainingResult result = builder(50).earlyStoppingRounds(3).build().train();
        try {
            assertThat(result.completion()).isEqualTo(Completion.EARLY_STOPPED);
            assertThat(result.booster().getNumBoostedRound()).isEqualTo(reference.getNumBoostedRound())
                    .isLessThan(50);
            assertThat(result.booster().getAttrs()).isEqualTo(reference.getAttrs())
                    .containsKeys("best_iteration", "best_score");
            assertThat(result.bestIteration()).hasValue(Integer.parseInt(reference.getAttr("best_iteration")));
            assertThat(WrittenTrial.read(dir).steps()).hasSize(result.roundsCompleted());
        } finally {
            reference.dispose();
            result.booster().dispose();
        }
    }

    @Test
    void train_xgboostRejectsParameter_throwsXgboostErrorUnchangedAndClosesTheTrial() {
        Map<String, Object> params = params();
        params.put("objective", "no:such-objective");
        DebugTraining training = DebugTraining.newBuilder().params(params).trainData(train).rounds(3)
                .hook(HookConfig.newBuilder().outputUri(dir.toUri()).build()).build();

        assertThatThrownBy(training::train).isExactlyInstanceOf(XGBoostError.class)
                .hasMessageContaining("no:such-objective");
        assertThat(WrittenTrial.read(dir).endMarker()).isTrue();
    }

    @Test
    void train_outputAlreadyHoldsATrial_refusesBeforeTraining() throws XGBoostError {
        builder(2).build().train().booster().dispose();
        List<Integer> rounds = new ArrayList<>();

        assertThatThrownBy(() -> builder(2).roundListener(r -> rounds.add(r.round())).build().train())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("output " + dir.toUri() + " already holds a trial (training_job_end.ts exists); write "
                        + "each run to a new location");
        assertThat(rounds).isEmpty();
    }

    private static void touch(Path file) {
        try {
            Files.createFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
