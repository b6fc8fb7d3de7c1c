// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.core.Mode;
import dev.boostscope.core.NoMoreDataException;
import dev.boostscope.core.StepUnavailableException;
import dev.boostscope.core.format.TrialLayout;
import dev.boostscope.core.format.TrialWriter;
import dev.boostscope.core.storage.Storage;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The scenarios of smdebug's tests/analysis/trials/test_has_passed_step_scenarios.py, on data written here: workers
 * a, b, c are worker_0, worker_1, worker_2. Tokens are asserted as relative keys where smdebug shows its S3 path.
 * {@link StepScenarioTest} runs them on local and in-memory storage, boostscope-app's {@code S3TrialTest} on S3.
 */
abstract class StepScenarioContract extends StorageContractBase {
    private static final Duration NO_WAIT = Duration.ZERO;
    private static final List<Integer> ZERO_TO_SIX = List.of(0, 1, 2, 3, 4, 5, 6);

    @Test
    void singleWriter_allStepsWrittenCompleteJob_allAvailableBeyondUnavailable() {
        Storage storage = newStorage();
        write(storage, 1, "a", 0, 6);
        end(storage);
        try (StorageTrial trial = open(storage)) {
            assertThat(trial.workers()).hasSize(1);
            assertThat(trial.loadedAllSteps()).isTrue();
            assertThat(trial.allSteps()).isEqualTo(ZERO_TO_SIX);
            assertThat(trial.steps()).isEqualTo(ZERO_TO_SIX);
            assertThat(trial.hasPassedStep(3)).isEqualTo(StepState.AVAILABLE);
            assertThat(trial.hasPassedStep(8)).isEqualTo(StepState.UNAVAILABLE);
            assertThat(trial.indexToken()).isEqualTo(key(6, 0));
            assertThat(trial.lastCompleteStep()).hasValue(6);
        }
    }

    @Test
    void singleWriter_allStepsWrittenIncompleteJob_beyondNotYetAvailable() {
        Storage storage = newStorage();
        write(storage, 1, "a", 0, 6);
        try (StorageTrial trial = open(storage)) {
            assertThat(trial.workers()).hasSize(1);
            assertThat(trial.loadedAllSteps()).isFalse();
            assertThat(trial.allSteps()).isEqualTo(ZERO_TO_SIX).isEqualTo(trial.steps());
            assertThat(trial.hasPassedStep(3)).isEqualTo(StepState.AVAILABLE);
            assertThat(trial.hasPassedStep(8)).isEqualTo(StepState.NOT_YET_AVAILABLE);
            assertThat(trial.indexToken()).isEqualTo(key(6, 0));
            assertThat(trial.lastCompleteStep()).hasValue(6);
            trial.waitForSteps(ZERO_TO_SIX, NO_WAIT);
        }
    }

    @Test
    void singleWriter_stepMissingCompleteJob_missingUnavailableAndWaitsThrow() {
        Storage storage = newStorage();
        write(storage, 1, "a", 0, 3);
        write(storage, 1, "a", 5, 6);
        end(storage);
        try (StorageTrial trial = open(storage)) {
            assertThat(trial.loadedAllSteps()).isTrue();
            assertThat(trial.allSteps()).isEqualTo(List.of(0, 1, 2, 3, 5, 6)).isEqualTo(trial.steps());
            assertThat(trial.hasPassedStep(3)).isEqualTo(StepState.AVAILABLE);
            assertThat(trial.hasPassedStep(4)).isEqualTo(StepState.UNAVAILABLE);
            assertThat(trial.hasPassedStep(8)).isEqualTo(StepState.UNAVAILABLE);
            assertThat(trial.indexToken()).isEqualTo(key(6, 0));
            assertThat(trial.lastCompleteStep()).hasValue(6);
            trial.waitForSteps(List.of(0, 1, 2, 3, 5, 6), NO_WAIT);
            assertThatThrownBy(() -> trial.waitForSteps(ZERO_TO_SIX, NO_WAIT))
                    .isInstanceOf(StepUnavailableException.class)
                    .hasMessage("step 4 was not saved in %s and will not be (last complete step: 6)", storage.uri());
            assertThatThrownBy(() -> trial.waitForSteps(List.of(0, 1, 2, 3, 5, 6, 7), NO_WAIT))
                    .isInstanceOf(NoMoreDataException.class)
                    .hasMessage("step 7 is beyond the end of %s: training has ended (last step: 6)", storage.uri());
        }
    }

    @Test
    void singleWriter_stepMissingIncompleteJob_missingUnavailableBeyondNotYet() {
        Storage storage = newStorage();
        write(storage, 1, "a", 0, 3);
        write(storage, 1, "a", 5, 6);
        try (StorageTrial trial = open(storage)) {
            assertThat(trial.loadedAllSteps()).isFalse();
            assertThat(trial.allSteps()).isEqualTo(List.of(0, 1, 2, 3, 5, 6)).isEqualTo(trial.steps());
            assertThat(trial.hasPassedStep(3)).isEqualTo(StepState.AVAILABLE);
            assertThat(trial.hasPassedStep(4)).isEqualTo(StepState.UNAVAILABLE);
            assertThat(trial.hasPassedStep(8)).isEqualTo(StepState.NOT_YET_AVAILABLE);
            assertThat(trial.indexToken()).isEqualTo(key(6, 0));
            assertThat(trial.lastCompleteStep()).hasValue(6);
        }
    }

    @Test
    void threeWriters_allStepsWrittenCompleteJob_allAvailable() {
        Storage storage = newStorage();
        write(storage, 3, "abc", 0, 6);
        end(storage);
        try (StorageTrial trial = open(storage)) {
            assertThat(trial.workers()).containsExactly("worker_0", "worker_1", "worker_2");
            assertThat(trial.loadedAllSteps()).isTrue();
            assertThat(trial.allSteps()).isEqualTo(ZERO_TO_SIX).isEqualTo(trial.steps());
            assertThat(trial.lastCompleteStep()).hasValue(6);
            assertStates(trial, StepState.AVAILABLE, 3, 4);
            assertThat(trial.hasPassedStep(8)).isEqualTo(StepState.UNAVAILABLE);
            assertThat(trial.indexToken()).isEqualTo(key(6, 2));
        }
    }

    @Test
    void threeWriters_allStepsWrittenIncompleteJob_beyondNotYet() {
        Storage storage = newStorage();
        write(storage, 3, "abc", 0, 6);
        try (StorageTrial trial = open(storage)) {
            assertThat(trial.workers()).hasSize(3);
            assertThat(trial.loadedAllSteps()).isFalse();
            assertThat(trial.allSteps()).isEqualTo(ZERO_TO_SIX).isEqualTo(trial.steps());
            assertThat(trial.lastCompleteStep()).hasValue(6);
            assertStates(trial, StepState.AVAILABLE, 3, 4);
            assertThat(trial.hasPassedStep(8)).isEqualTo(StepState.NOT_YET_AVAILABLE);
            assertThat(trial.indexToken()).isEqualTo(key(6, 2));
        }
    }

    @Test
    void threeWriters_workerMissingLaterStepsCompleteJob_endMarkerCompletesThem() {
        Storage storage = newStorage();
        write(storage, 3, "abc", 0, 2);
        write(storage, 3, "ac", 3, 6);
        end(storage);
        try (StorageTrial trial = open(storage)) {
            assertThat(trial.loadedAllSteps()).isTrue();
            assertThat(trial.allSteps()).isEqualTo(ZERO_TO_SIX).isEqualTo(trial.steps());
            assertThat(trial.lastCompleteStep()).hasValue(6);
            assertStates(trial, StepState.AVAILABLE, 3, 4, 6);
            assertThat(trial.hasPassedStep(8)).isEqualTo(StepState.UNAVAILABLE);
            assertThat(trial.indexToken()).isEqualTo(key(2, 2));
        }
    }

    @Test
    void threeWriters_workerMissingLaterStepsIncompleteJob_onlyFullStepsComplete() {
        Storage storage = newStorage();
        write(storage, 3, "abc", 0, 2);
        write(storage, 3, "ac", 3, 6);
        try (StorageTrial trial = open(storage)) {
            assertThat(trial.loadedAllSteps()).isFalse();
            assertThat(trial.allSteps()).isEqualTo(ZERO_TO_SIX);
            assertThat(trial.steps()).containsExactly(0, 1, 2);
            assertThat(trial.hasPassedStep(2)).isEqualTo(StepState.AVAILABLE);
            assertThat(trial.lastCompleteStep()).hasValue(2);
            assertStates(trial, StepState.NOT_YET_AVAILABLE, 4, 6, 8);
            assertThat(trial.indexToken()).isEqualTo(key(2, 2));
        }
    }

    @Test
    void threeWriters_laterStepWrittenByAllIncompleteJob_earlierStepsComplete() {
        Storage storage = newStorage();
        write(storage, 3, "abc", 0, 2);
        write(storage, 3, "ac", 3, 5);
        write(storage, 3, "abc", 6, 6);
        try (StorageTrial trial = open(storage)) {
            assertThat(trial.loadedAllSteps()).isFalse();
            assertThat(trial.allSteps()).isEqualTo(ZERO_TO_SIX).isEqualTo(trial.steps());
            assertThat(trial.lastCompleteStep()).hasValue(6);
            assertStates(trial, StepState.AVAILABLE, 2, 4, 6);
            assertThat(trial.hasPassedStep(8)).isEqualTo(StepState.NOT_YET_AVAILABLE);
            assertThat(trial.indexToken()).isEqualTo(key(6, 2));
        }
    }

    @Test
    void threeWriters_stepMissingLaterStepsWrittenIncompleteJob_missingUnavailable() {
        Storage storage = newStorage();
        write(storage, 3, "abc", 0, 2);
        write(storage, 3, "ac", 4, 5);
        write(storage, 3, "abc", 6, 6);
        try (StorageTrial trial = open(storage)) {
            assertThat(trial.loadedAllSteps()).isFalse();
            assertThat(trial.allSteps()).isEqualTo(List.of(0, 1, 2, 4, 5, 6)).isEqualTo(trial.steps());
            assertThat(trial.hasPassedStep(2)).isEqualTo(StepState.AVAILABLE);
            assertThat(trial.hasPassedStep(3)).isEqualTo(StepState.UNAVAILABLE);
            assertThat(trial.lastCompleteStep()).hasValue(6);
            assertStates(trial, StepState.AVAILABLE, 4, 6);
            assertThat(trial.hasPassedStep(8)).isEqualTo(StepState.NOT_YET_AVAILABLE);
            assertThat(trial.indexToken()).isEqualTo(key(6, 2));
        }
    }

    @Test
    void threeWriters_stepMissingLaterStepsPartialIncompleteJob_allLaterNotYet() {
        Storage storage = newStorage();
        write(storage, 3, "abc", 0, 2);
        write(storage, 3, "ac", 4, 6);
        try (StorageTrial trial = open(storage)) {
            assertThat(trial.loadedAllSteps()).isFalse();
            assertThat(trial.allSteps()).isEqualTo(List.of(0, 1, 2, 4, 5, 6));
            assertThat(trial.steps()).containsExactly(0, 1, 2);
            assertThat(trial.hasPassedStep(2)).isEqualTo(StepState.AVAILABLE);
            assertThat(trial.lastCompleteStep()).hasValue(2);
            assertStates(trial, StepState.NOT_YET_AVAILABLE, 3, 4, 6, 8);
            assertThat(trial.indexToken()).isEqualTo(key(2, 2));
        }
    }

    @Test
    void threeWriters_stepMissingLaterStepsPartialCompleteJob_missingUnavailableRestAvailable() {
        Storage storage = newStorage();
        write(storage, 3, "abc", 0, 2);
        write(storage, 3, "ac", 4, 6);
        end(storage);
        try (StorageTrial trial = open(storage)) {
            assertThat(trial.loadedAllSteps()).isTrue();
            assertThat(trial.allSteps()).isEqualTo(List.of(0, 1, 2, 4, 5, 6)).isEqualTo(trial.steps());
            assertThat(trial.hasPassedStep(2)).isEqualTo(StepState.AVAILABLE);
            assertThat(trial.hasPassedStep(3)).isEqualTo(StepState.UNAVAILABLE);
            assertThat(trial.lastCompleteStep()).hasValue(6);
            assertStates(trial, StepState.AVAILABLE, 4, 6);
            assertThat(trial.hasPassedStep(8)).isEqualTo(StepState.UNAVAILABLE);
            assertThat(trial.indexToken()).isEqualTo(key(2, 2));
        }
    }

    @Test
    void threeWriters_laterStepWrittenByAllCompleteJob_allAvailable() {
        Storage storage = newStorage();
        write(storage, 3, "abc", 0, 2);
        write(storage, 3, "ac", 3, 5);
        write(storage, 3, "abc", 6, 6);
        end(storage);
        try (StorageTrial trial = open(storage)) {
            assertThat(trial.loadedAllSteps()).isTrue();
            assertThat(trial.allSteps()).isEqualTo(ZERO_TO_SIX).isEqualTo(trial.steps());
            assertThat(trial.lastCompleteStep()).hasValue(6);
            assertStates(trial, StepState.AVAILABLE, 2, 4, 6);
            assertThat(trial.hasPassedStep(8)).isEqualTo(StepState.UNAVAILABLE);
            assertThat(trial.indexToken()).isEqualTo(key(6, 2));
        }
    }

    @Test
    void window_tooManyIncompleteSteps_olderHalvesDeclaredComplete() {
        Storage storage = newStorage();
        write(storage, 3, "a", 0, 19);
        try (StorageTrial trial = (StorageTrial) Trials.newBuilder(storage).incompleteStepWindow(10).open()) {
            assertThat(trial.lastCompleteStep()).hasValue(9);
            assertThat(trial.indexToken()).isEqualTo(key(9, 2));
            assertThat(trial.workers()).hasSize(3);
            assertThat(trial.loadedAllSteps()).isFalse();
            assertThat(trial.allSteps()).isEqualTo(IntStream.range(0, 20).boxed().toList());
            assertThat(trial.steps()).isEqualTo(IntStream.range(0, 10).boxed().toList());
            trial.refresh();
            trial.tensorNames();
            assertThat(trial.lastCompleteStep()).hasValue(9);
            assertThat(trial.indexToken()).isEqualTo(key(9, 2));
        }
    }

    @Test
    void partiallyWrittenTensors_indexFilesDeletedForOneWorker_tensorStepsFollowCompletion() {
        Storage storage = newStorage();
        List<TrialWriter> writers = TrialFixtures.writers(storage, 2);
        for (int step = 0; step < 10; step++) {
            String phase = step < 5 ? "loss" : "gradient";
            for (TrialWriter writer : writers) {
                TrialFixtures.writeStep(writer, step, Mode.TRAIN, step, List.of(phase, "foobar/weight1"));
            }
        }
        for (int step : new int[] {3, 4, 8, 9}) {
            storage.delete(TrialLayout.indexKey(step, "worker_1"));
        }
        try (StorageTrial trial = open(storage)) {
            assertThat(trial.allSteps()).isEqualTo(IntStream.range(0, 10).boxed().toList());
            assertThat(trial.steps()).isEqualTo(IntStream.range(0, 8).boxed().toList());
            assertThat(trial.steps(Mode.TRAIN)).isEqualTo(trial.steps());
            assertThat(trial.lastCompleteStep()).hasValue(7);
            assertThat(trial.tensor("loss").steps()).containsExactly(0, 1, 2, 3, 4);
            assertThat(trial.tensor("gradient").steps()).containsExactly(5, 6, 7);
            assertThat(trial.tensor("gradient").steps(Mode.TRAIN)).containsExactly(5, 6, 7);
            assertThat(trial.tensor("foobar/weight1").steps()).isEqualTo(trial.steps());
        }
    }

    private static StorageTrial open(Storage storage) {
        return (StorageTrial) Trials.newBuilder(storage).open();
    }

    private static void assertStates(Trial trial, StepState expected, int... steps) {
        for (int step : steps) {
            assertThat(trial.hasPassedStep(step)).as("step %d", step).isEqualTo(expected);
        }
    }

    /** Writes steps from..to (inclusive) for the workers named by letters (a = worker_0) of a trial of n workers. */
    private static void write(Storage storage, int workers, String letters, int from, int to) {
        for (int rank = 0; rank < workers; rank++) {
            TrialWriter writer = TrialWriter.open(storage, TrialFixtures.worker(rank));
            writer.writeCollections(TrialFixtures.collections(workers, List.of()));
            if (letters.indexOf('a' + rank) < 0) {
                continue;
            }
            for (int step = from; step <= to; step++) {
                TrialFixtures.writeStep(writer, step, TrialFixtures.METRICS);
            }
        }
    }

    private static void end(Storage storage) {
        TrialWriter.open(storage, "worker_0").writeEndMarker();
    }

    private static String key(int step, int rank) {
        return TrialLayout.indexKey(step, TrialFixtures.worker(rank));
    }
}
