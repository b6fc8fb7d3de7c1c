// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.core.Mode;
import dev.boostscope.core.NoMoreDataException;
import dev.boostscope.core.StepNotYetAvailableException;
import dev.boostscope.core.StepUnavailableException;
import dev.boostscope.core.TensorUnavailableException;
import dev.boostscope.core.format.TrialLayout;
import dev.boostscope.core.format.TrialWriter;
import dev.boostscope.core.storage.Storage;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * smdebug's step states (spec §4.5) with TRAIN and EVAL steps interleaved: each mode numbers its own steps
 * ({@code mode_step}), {@code steps(mode)} lists the complete steps in that numbering, and
 * {@code hasPassedStep(step, mode)} decides by the global step behind a mode step, as smdebug's
 * {@code _global_step_currently}: a mode step below a known one is UNAVAILABLE once that known one's global step is
 * complete, even when it is a later step of the other mode that completed it. Every scenario writes (some of) the
 * global steps 0 to 6 as TRAIN 0, 1, 2, EVAL 0, TRAIN 3, 4, EVAL 1; workers a, b, c are worker_0, worker_1, worker_2.
 * {@link StepScenarioTest} runs it on local and in-memory storage, boostscope-app's {@code S3TrialTest} on S3.
 */
abstract class ModeScenarioContract extends StorageContractBase {
    private static final Mode[] MODES = {Mode.TRAIN, Mode.TRAIN, Mode.TRAIN, Mode.EVAL, Mode.TRAIN, Mode.TRAIN,
        Mode.EVAL};
    private static final int[] MODE_STEPS = {0, 1, 2, 0, 3, 4, 1};
    private static final List<Integer> ZERO_TO_SIX = IntStream.rangeClosed(0, 6).boxed().toList();

    @Test
    void twoModes_singleWriterAllWrittenCompleteJob_eachModeInItsOwnNumbering() {
        Storage storage = newStorage();
        write(storage, 1, "a", 0, 1, 2, 3, 4, 5, 6);
        end(storage);
        try (StorageTrial trial = open(storage)) {
            assertThat(trial.loadedAllSteps()).isTrue();
            assertThat(trial.steps()).isEqualTo(ZERO_TO_SIX);
            assertThat(trial.steps(Mode.TRAIN)).containsExactly(0, 1, 2, 3, 4);
            assertThat(trial.steps(Mode.EVAL)).containsExactly(0, 1);
            assertThat(trial.steps(Mode.PREDICT)).isEmpty();
            assertStates(trial, StepState.AVAILABLE, Mode.TRAIN, 0, 3, 4);
            assertStates(trial, StepState.AVAILABLE, Mode.EVAL, 0, 1);
            assertStates(trial, StepState.UNAVAILABLE, Mode.TRAIN, 5, 8);
            assertStates(trial, StepState.UNAVAILABLE, Mode.EVAL, 2);
            assertStates(trial, StepState.UNAVAILABLE, Mode.PREDICT, 0);
            Tensor rmse = trial.tensor("train-rmse");
            assertThat(rmse.steps(Mode.EVAL)).containsExactly(0, 1);
            assertThat(rmse.value(1, Mode.EVAL, null).scalarValue()).isEqualTo(expected(6, 0));
            assertThat(rmse.value(3, Mode.TRAIN, null).scalarValue()).isEqualTo(expected(4, 0));
            assertThat(trial.indexToken()).isEqualTo(key(6, 0));
            assertThat(trial.lastCompleteStep()).hasValue(6);
            trial.waitForSteps(List.of(0, 1), Mode.EVAL, Duration.ZERO);
            trial.waitForSteps(List.of(0, 4), Mode.TRAIN, Duration.ZERO);
            assertThatThrownBy(() -> trial.waitForSteps(List.of(0, 2), Mode.EVAL, Duration.ZERO))
                    .isInstanceOf(NoMoreDataException.class)
                    .hasMessageStartingWith("step 2 (mode EVAL) is beyond the end of ");
        }
    }

    @Test
    void twoModes_singleWriterAllWrittenIncompleteJob_beyondEachModeNotYet() {
        Storage storage = newStorage();
        write(storage, 1, "a", 0, 1, 2, 3, 4, 5, 6);
        try (StorageTrial trial = open(storage)) {
            assertThat(trial.loadedAllSteps()).isFalse();
            assertThat(trial.steps(Mode.TRAIN)).containsExactly(0, 1, 2, 3, 4);
            assertThat(trial.steps(Mode.EVAL)).containsExactly(0, 1);
            assertStates(trial, StepState.AVAILABLE, Mode.TRAIN, 4);
            assertStates(trial, StepState.AVAILABLE, Mode.EVAL, 1);
            assertStates(trial, StepState.NOT_YET_AVAILABLE, Mode.TRAIN, 5, 8);
            assertStates(trial, StepState.NOT_YET_AVAILABLE, Mode.EVAL, 2);
            assertStates(trial, StepState.NOT_YET_AVAILABLE, Mode.PREDICT, 0);
            assertThatThrownBy(() -> trial.tensor("train-rmse").value(2, Mode.EVAL, null))
                    .isInstanceOf(StepNotYetAvailableException.class)
                    .hasMessage("step 2 (mode EVAL) of 'train-rmse' not yet written to %s (last complete step: 6)",
                            storage.uri());
            trial.waitForSteps(List.of(1), Mode.EVAL, Duration.ZERO);
            assertThatThrownBy(() -> trial.waitForSteps(List.of(1, 2), Mode.EVAL, Duration.ofMillis(50)))
                    .isInstanceOf(StepNotYetAvailableException.class)
                    .hasMessage("step 2 (mode EVAL) not yet written to %s after waiting PT0.05S (last complete step: "
                            + "6)", storage.uri());
        }
    }

    @Test
    void twoModes_singleWriterTrainStepMissing_unavailableInThatModeOnly() {
        Storage storage = newStorage();
        write(storage, 1, "a", 0, 1, 2, 3, 5, 6);
        try (StorageTrial trial = open(storage)) {
            assertThat(trial.allSteps()).containsExactly(0, 1, 2, 3, 5, 6);
            assertThat(trial.steps(Mode.TRAIN)).containsExactly(0, 1, 2, 4);
            assertThat(trial.steps(Mode.EVAL)).containsExactly(0, 1);
            assertStates(trial, StepState.UNAVAILABLE, Mode.TRAIN, 3);
            assertStates(trial, StepState.UNAVAILABLE, Mode.GLOBAL, 4);
            assertStates(trial, StepState.AVAILABLE, Mode.TRAIN, 2, 4);
            assertStates(trial, StepState.AVAILABLE, Mode.EVAL, 0, 1);
            assertStates(trial, StepState.NOT_YET_AVAILABLE, Mode.TRAIN, 5);
            assertThatThrownBy(() -> trial.waitForSteps(List.of(2, 3), Mode.TRAIN, Duration.ZERO))
                    .isInstanceOf(StepUnavailableException.class)
                    .hasMessageStartingWith("step 3 (mode TRAIN) was not saved in ");
            assertThat(trial.tensor("train-rmse").value(4, Mode.TRAIN, null).scalarValue())
                    .isEqualTo(expected(5, 0));
        }
    }

    @Test
    void twoModes_threeWritersOneMissingLaterStepsIncompleteJob_onlyFullStepsInEachMode() {
        Storage storage = newStorage();
        write(storage, 3, "abc", 0, 1, 2, 3);
        write(storage, 3, "ac", 4, 5, 6);
        try (StorageTrial trial = open(storage)) {
            assertThat(trial.allSteps()).isEqualTo(ZERO_TO_SIX);
            assertThat(trial.steps()).containsExactly(0, 1, 2, 3);
            assertThat(trial.steps(Mode.TRAIN)).containsExactly(0, 1, 2);
            assertThat(trial.steps(Mode.EVAL)).containsExactly(0);
            assertThat(trial.tensor("train-rmse").steps(Mode.TRAIN)).containsExactly(0, 1, 2);
            assertStates(trial, StepState.AVAILABLE, Mode.TRAIN, 2);
            assertStates(trial, StepState.AVAILABLE, Mode.EVAL, 0);
            assertStates(trial, StepState.NOT_YET_AVAILABLE, Mode.TRAIN, 3, 4, 5);
            assertStates(trial, StepState.NOT_YET_AVAILABLE, Mode.EVAL, 1, 2);
            assertThat(trial.lastCompleteStep()).hasValue(3);
            assertThat(trial.indexToken()).isEqualTo(key(3, 2));
        }
    }

    @Test
    void twoModes_threeWritersOneMissingLaterStepsCompleteJob_endMarkerCompletesBothModes() {
        Storage storage = newStorage();
        write(storage, 3, "abc", 0, 1, 2, 3);
        write(storage, 3, "ac", 4, 5, 6);
        end(storage);
        try (StorageTrial trial = open(storage)) {
            assertThat(trial.steps()).isEqualTo(ZERO_TO_SIX);
            assertThat(trial.steps(Mode.TRAIN)).containsExactly(0, 1, 2, 3, 4);
            assertThat(trial.steps(Mode.EVAL)).containsExactly(0, 1);
            assertStates(trial, StepState.AVAILABLE, Mode.TRAIN, 3, 4);
            assertStates(trial, StepState.AVAILABLE, Mode.EVAL, 1);
            assertStates(trial, StepState.UNAVAILABLE, Mode.TRAIN, 5);
            assertStates(trial, StepState.UNAVAILABLE, Mode.EVAL, 2);
            assertThat(trial.tensor("train-rmse").workers(6)).containsExactly("worker_0", "worker_2");
            assertThat(trial.indexToken()).isEqualTo(key(3, 2));
        }
    }

    @Test
    void twoModes_evalStepWrittenByAll_completesEarlierTrainStepsSomeWorkersSkipped() {
        Storage storage = newStorage();
        write(storage, 3, "abc", 0, 1, 2, 3);
        write(storage, 3, "ac", 4, 5);
        write(storage, 3, "abc", 6);
        try (StorageTrial trial = open(storage)) {
            assertThat(trial.loadedAllSteps()).isFalse();
            assertThat(trial.steps()).isEqualTo(ZERO_TO_SIX);
            assertThat(trial.steps(Mode.TRAIN)).containsExactly(0, 1, 2, 3, 4);
            assertThat(trial.steps(Mode.EVAL)).containsExactly(0, 1);
            assertStates(trial, StepState.AVAILABLE, Mode.TRAIN, 3, 4);
            assertStates(trial, StepState.AVAILABLE, Mode.EVAL, 1);
            assertStates(trial, StepState.NOT_YET_AVAILABLE, Mode.TRAIN, 5);
            assertStates(trial, StepState.NOT_YET_AVAILABLE, Mode.EVAL, 2);
            assertThat(trial.tensor("train-rmse").workers(5)).containsExactly("worker_0", "worker_2");
            assertThatThrownBy(() -> trial.tensor("train-rmse").value(4, Mode.TRAIN, "worker_1"))
                    .isInstanceOf(TensorUnavailableException.class)
                    .hasMessage("tensor 'train-rmse' was not saved at step 4 (mode TRAIN) by worker 'worker_1' of %s",
                            storage.uri());
            assertThat(trial.indexToken()).isEqualTo(key(6, 2));
        }
    }

    @Test
    void twoModes_trainStepMissingNextOnePartial_notYetUntilALaterEvalStepCompletes() {
        Storage storage = newStorage();
        write(storage, 3, "abc", 0, 1, 2, 3);
        write(storage, 3, "ac", 5, 6);
        try (StorageTrial trial = open(storage)) {
            assertThat(trial.steps(Mode.TRAIN)).containsExactly(0, 1, 2);
            assertStates(trial, StepState.NOT_YET_AVAILABLE, Mode.TRAIN, 3, 4);
            assertStates(trial, StepState.NOT_YET_AVAILABLE, Mode.EVAL, 1);
            write(storage, 3, "b", 6);
            trial.refresh();
            assertThat(trial.lastCompleteStep()).hasValue(6);
            assertThat(trial.steps(Mode.TRAIN)).containsExactly(0, 1, 2, 4);
            assertThat(trial.steps(Mode.EVAL)).containsExactly(0, 1);
            assertStates(trial, StepState.UNAVAILABLE, Mode.TRAIN, 3);
            assertStates(trial, StepState.AVAILABLE, Mode.TRAIN, 4);
            assertStates(trial, StepState.AVAILABLE, Mode.EVAL, 1);
            assertStates(trial, StepState.UNAVAILABLE, Mode.GLOBAL, 4);
        }
    }

    private static StorageTrial open(Storage storage) {
        return (StorageTrial) Trials.newBuilder(storage).open();
    }

    private static void assertStates(Trial trial, StepState expected, Mode mode, int... steps) {
        for (int step : steps) {
            assertThat(trial.hasPassedStep(step, mode)).as("step %d of %s", step, mode).isEqualTo(expected);
        }
    }

    /** Writes global steps, each in its scheduled mode, for the workers named by letters of a trial of n workers. */
    private static void write(Storage storage, int workers, String letters, int... globals) {
        for (int rank = 0; rank < workers; rank++) {
            TrialWriter writer = TrialWriter.open(storage, TrialFixtures.worker(rank));
            writer.writeCollections(TrialFixtures.collections(workers, List.of()));
            if (letters.indexOf('a' + rank) < 0) {
                continue;
            }
            for (int global : globals) {
                TrialFixtures.writeStep(writer, global, MODES[global], MODE_STEPS[global], TrialFixtures.METRICS);
            }
        }
    }

    private static void end(Storage storage) {
        TrialWriter.open(storage, "worker_0").writeEndMarker();
    }

    private static double expected(int global, int rank) {
        return TrialFixtures.expected("train-rmse", global, rank);
    }

    private static String key(int step, int rank) {
        return TrialLayout.indexKey(step, TrialFixtures.worker(rank));
    }
}
