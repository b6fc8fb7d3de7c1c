// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.core.BoostscopeException;
import dev.boostscope.core.StorageException;
import dev.boostscope.xgboost.testkit.CapturedLogs;
import dev.boostscope.xgboost.testkit.FlakyStorageProvider;
import dev.boostscope.xgboost.testkit.SyntheticData;
import dev.boostscope.xgboost.testkit.WrittenTrial;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** Storage that fails mid-run: training goes on, the failure is logged once, and what was saved stays readable. */
@DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
final class FailureHandlingTest {
    @TempDir
    Path dir;

    private DMatrix train;
    private CapturedLogs logs;

    @BeforeEach
    void setUp() throws XGBoostError {
        train = SyntheticData.matrix(200, 5, 2, 1);
        logs = CapturedLogs.of("dev.boostscope.xgboost");
    }

    @AfterEach
    void tearDown() {
        logs.close();
        train.dispose();
    }

    private DebugTraining training(HookConfig hook) {
        Map<String, Object> params = new HashMap<>();
        params.put("objective", "binary:logistic");
        params.put("max_depth", 2);
        params.put("max_bin", 16);
        params.put("nthread", 1);
        return DebugTraining.newBuilder().params(params).trainData(train).rounds(10).evalSet("train", train)
                .hook(hook).build();
    }

    @Test
    void train_storageFailsFromStepThree_completesLogsOnceAndKeepsSavedSteps() throws XGBoostError {
        // step 0 puts the collections file, events and index (3 puts); steps 1 and 2 two each: 7 puts succeed
        HookConfig hook = HookConfig.newBuilder().outputUri(FlakyStorageProvider.uri(dir, 7))
                .saveConfig(SaveConfig.ofInterval(1)).retryBackoff(Duration.ofMillis(1)).build();

        TrainingResult result = training(hook).train();
        result.booster().dispose();

        assertThat(result.roundsCompleted()).isEqualTo(10);
        assertThat(result.completion()).isEqualTo(Completion.COMPLETED);
        HookStatistics statistics = result.hookStatistics();
        assertThat(statistics.stepsWritten()).isEqualTo(3);
        assertThat(statistics.writeFailures()).isEqualTo(6);
        assertThat(statistics.disabled()).isTrue();
        List<String> messages = logs.records().stream().filter(r -> r.getLevel() == Level.WARNING)
                .map(LogRecord::getMessage).toList();
        String uri = FlakyStorageProvider.uri(dir, 7).toString();
        assertThat(messages).containsExactly(
                "boostscope hook: writing step 3 to " + uri + " failed; training goes on (further failures are "
                        + "counted, not logged)",
                "boostscope hook: stopped writing to " + uri + " after 5 failed writes; training goes on without "
                        + "capture");
        assertThat(logs.records().get(0).getThrown()).isInstanceOf(StorageException.class)
                .hasMessageContaining("No space left on device");
        WrittenTrial trial = WrittenTrial.read(dir);
        assertThat(trial.steps()).containsExactly(0L, 1L, 2L);
        assertThat(trial.value("train-logloss", 2).scalarValue()).isPositive();
        assertThat(trial.endMarker()).isFalse();
    }

    @Test
    void train_failFast_throwsBoostscopeExceptionWithTheStorageCause() {
        HookConfig hook = HookConfig.newBuilder().outputUri(FlakyStorageProvider.uri(dir, 3))
                .saveConfig(SaveConfig.ofInterval(1)).failFast(true).build();

        assertThatThrownBy(() -> training(hook).train())
                .isInstanceOf(BoostscopeException.class)
                .hasMessageStartingWith("boostscope hook: writing to " + FlakyStorageProvider.uri(dir, 3)
                        + " failed (fail-fast mode): put of ")
                .hasCauseInstanceOf(StorageException.class);
        assertThat(WrittenTrial.read(dir).steps()).containsExactly(0L);
    }

    @Test
    void train_unopenableStorage_trainsWithoutCapture() throws XGBoostError {
        HookConfig hook = HookConfig.newBuilder().outputUri(java.net.URI.create("nosuchscheme://bucket/run")).build();

        TrainingResult result = training(hook).train();
        result.booster().dispose();

        assertThat(result.roundsCompleted()).isEqualTo(10);
        assertThat(result.hookStatistics().disabled()).isTrue();
        assertThat(logs.records()).extracting(LogRecord::getMessage).containsExactly(
                "boostscope hook: cannot open nosuchscheme://bucket/run; training goes on without capture");
    }

    @Test
    void train_storageUnreachableAtStart_trainsWithoutCaptureAndWarnsOnce() throws XGBoostError {
        HookConfig hook = HookConfig.newBuilder().outputUri(FlakyStorageProvider.unreadable(dir)).build();

        TrainingResult result = training(hook).train();
        result.booster().dispose();

        assertThat(result.roundsCompleted()).isEqualTo(10);
        assertThat(result.hookStatistics().disabled()).isTrue();
        assertThat(logs.records()).extracting(LogRecord::getMessage).containsExactly("boostscope hook: cannot read "
                + FlakyStorageProvider.unreadable(dir) + "; training goes on without capture");
        assertThat(logs.records().get(0).getThrown()).hasMessageContaining("connect timed out");
    }
}
