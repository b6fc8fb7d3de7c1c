// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import dev.boostscope.core.NoMoreDataException;
import dev.boostscope.core.StepNotYetAvailableException;
import dev.boostscope.core.StepUnavailableException;
import dev.boostscope.core.TensorUnavailableException;
import dev.boostscope.core.format.CollectionEntry;
import dev.boostscope.core.format.CollectionsFile;
import dev.boostscope.core.format.TrialWriter;
import dev.boostscope.core.storage.Storage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/**
 * Every query of a trial and every exception it throws, on any storage: {@link TrialApiTest} runs it on a watched local
 * folder and a polled in-memory store, boostscope-app's {@code S3TrialTest} on an S3 server.
 */
abstract class TrialApiContract extends StorageContractBase {

    @Test
    void steps_modes_completeStepsInEachNumbering() {
        Storage storage = newStorage();
        TrialWriter writer = TrialFixtures.writers(storage, 1).get(0);
        for (int step = 0; step < 6; step++) {
            TrialFixtures.writeStep(writer, step, step < 3 ? Mode.TRAIN : Mode.EVAL, step % 3, List.of("loss"));
        }
        try (Trial trial = Trials.newBuilder(storage).open()) {
            assertThat(trial.steps()).containsExactly(0, 1, 2, 3, 4, 5);
            assertThat(trial.steps(Mode.GLOBAL)).containsExactly(0, 1, 2, 3, 4, 5);
            assertThat(trial.steps(Mode.TRAIN)).containsExactly(0, 1, 2);
            assertThat(trial.steps(Mode.EVAL)).containsExactly(0, 1, 2);
            assertThat(trial.steps(Mode.PREDICT)).isEmpty();
            assertThat(trial.hasPassedStep(1, Mode.EVAL)).isEqualTo(StepState.AVAILABLE);
            assertThat(trial.hasPassedStep(3, Mode.EVAL)).isEqualTo(StepState.NOT_YET_AVAILABLE);
            assertThat(trial.tensor("loss").steps(Mode.EVAL)).containsExactly(0, 1, 2);
            assertThat(trial.tensor("loss").value(1, Mode.EVAL, null).scalarValue())
                    .isEqualTo(TrialFixtures.expected("loss", 4, 0));
            assertThatThrownBy(() -> trial.tensor("loss").value(7, Mode.TRAIN, null))
                    .isInstanceOf(StepNotYetAvailableException.class)
                    .hasMessage("step 7 (mode TRAIN) of 'loss' not yet written to %s (last complete step: 5)",
                            storage.uri());
        }
    }

    @Test
    void tensorNames_collectionAndRegex_filterSeenNames() {
        Storage storage = newStorage();
        TrialWriter writer = TrialWriter.open(storage, "worker_0");
        writer.writeCollections(TrialFixtures.collections(1, List.of("predictions", "never-saved")));
        TrialFixtures.writeStep(writer, 0, List.of("train-rmse", "predictions", "trees/Node", "validation-auc"));
        try (Trial trial = Trials.newBuilder(storage).open()) {
            assertThat(trial.tensorNames()).containsExactly("predictions", "train-rmse", "trees/Node",
                    "validation-auc");
            assertThat(trial.tensorNamesInCollection("metrics")).containsExactly("train-rmse", "validation-auc");
            assertThat(trial.tensorNamesInCollection("listed")).containsExactly("predictions");
            assertThat(trial.tensorNamesInCollection("unknown")).isEmpty();
            assertThat(trial.tensorNamesMatching("^t")).containsExactly("train-rmse", "trees/Node");
            assertThat(trial.tensorNamesMatching("rmse|auc")).containsExactly("train-rmse", "validation-auc");
            assertThatThrownBy(() -> trial.tensorNamesMatching("(")).isInstanceOf(PatternSyntaxException.class);
        }
    }

    @Test
    void collections_twoWorkersFiles_mergedByName() {
        Storage storage = newStorage();
        TrialWriter first = TrialWriter.open(storage, "worker_0");
        TrialWriter second = TrialWriter.open(storage, "worker_1");
        first.writeCollections(file(2, Map.of("shared", List.of("x")), List.of("^x$")));
        second.writeCollections(file(2, Map.of("shared", List.of("y"), "own", List.of("z")), List.of("^y$")));
        TrialFixtures.writeStep(first, 0, List.of("x", "y", "z"));
        try (Trial trial = Trials.newBuilder(storage).open()) {
            assertThat(trial.collections()).containsOnlyKeys("own", "shared");
            TensorCollection shared = trial.collections().get("shared");
            assertThat(shared.tensorNames()).containsExactly("x", "y");
            assertThat(shared.includeRegex()).containsExactly("^x$", "^y$");
            assertThat(trial.tensorNamesInCollection("own")).containsExactly("z");
            assertThat(trial.workers()).containsExactly("worker_0", "worker_1");
            assertThat(trial.steps()).isEmpty();
        }
    }

    @Test
    void tensor_unknownName_throwsTensorUnavailableNamingTrial() {
        Storage storage = newStorage();
        TrialFixtures.writeSteps(TrialFixtures.writers(storage, 1), 0, 2);
        try (Trial trial = Trials.newBuilder(storage).open()) {
            assertThat(trial.hasTensor("train-rmse")).isTrue();
            assertThat(trial.hasTensor("nope")).isFalse();
            assertThat(trial.tensor("train-rmse").name()).isEqualTo("train-rmse");
            assertThatThrownBy(() -> trial.tensor("nope")).isInstanceOf(TensorUnavailableException.class)
                    .hasMessage("tensor 'nope' not found in %s (2 tensor names known)", storage.uri());
        }
    }

    @Test
    void value_eachWorker_readsThatWorkersRecord() {
        Storage storage = newStorage();
        TrialFixtures.writeSteps(TrialFixtures.writers(storage, 3), 0, 4);
        try (Trial trial = Trials.newBuilder(storage).open()) {
            Tensor tensor = trial.tensor("train-rmse");
            assertThat(tensor.workers(2)).containsExactly("worker_0", "worker_1", "worker_2");
            assertThat(tensor.workers(99)).isEmpty();
            for (int rank = 0; rank < 3; rank++) {
                assertThat(tensor.value(2, Mode.GLOBAL, "worker_" + rank).scalarValue())
                        .isEqualTo(TrialFixtures.expected("train-rmse", 2, rank));
            }
            assertThat(tensor.value(3).scalarValue()).isEqualTo(TrialFixtures.expected("train-rmse", 3, 0));
            assertThat(tensor.values("worker_2")).hasSize(4)
                    .allSatisfy((step, value) -> assertThat(value.scalarValue())
                            .isEqualTo(TrialFixtures.expected("train-rmse", step, 2)));
            assertThat(tensor.values().keySet()).containsExactly(0, 1, 2, 3);
        }
    }

    @Test
    void value_typedArrays_roundTripWithShapes() {
        Storage storage = newStorage();
        Map<String, NdArray> values = new LinkedHashMap<>();
        values.put("f32", NdArray.ofFloats(new float[] {1, 2, 3, 4, 5, 6}, 2, 3));
        values.put("i64", NdArray.ofLongs(new long[] {7, -8}));
        values.put("i32", NdArray.ofInts(new int[] {9, 0, -10, Integer.MAX_VALUE}, 2, 2));
        values.put("bool", NdArray.ofBooleans(new boolean[] {true, false}));
        values.put("str", NdArray.ofStrings(new String[] {"binary:logistic"}));
        values.put("f64", NdArray.scalar(0.25));
        TrialWriter writer = TrialFixtures.writers(storage, 1).get(0);
        TrialFixtures.writeValues(writer, 0, values);
        try (Trial trial = Trials.newBuilder(storage).open()) {
            values.forEach((name, value) -> assertThat(trial.tensor(name).value(0)).as(name).isEqualTo(value));
            assertThat(trial.tensor("f32").value(0).shape()).containsExactly(2, 3);
            assertThat(trial.tensor("str").value(0).toStringArray()).containsExactly("binary:logistic");
            assertThat(trial.tensor("i32").value(0).shape()).containsExactly(2, 2);
            assertThat(trial.tensor("i32").value(0).toIntArray()).containsExactly(9, 0, -10, Integer.MAX_VALUE);
            assertThat(trial.tensor("i64").value(0).toIntArray()).containsExactly(7, -8);
            assertThat(trial.tensor("f32").value(0).toIntArray()).containsExactly(1, 2, 3, 4, 5, 6);
            assertThat(trial.tensor("f64").value(0).toIntArray()).containsExactly(0);
            assertThat(trial.tensor("bool").value(0).toBooleanArray()).containsExactly(true, false);
            assertThat(trial.tensor("bool").value(0).toIntArray()).containsExactly(1, 0);
            assertThat(trial.tensor("i32").value(0).toBooleanArray()).containsExactly(true, false, true, true);
            assertThatThrownBy(() -> trial.tensor("str").value(0).toIntArray())
                    .isInstanceOf(IllegalStateException.class).hasMessage("array holds strings, not numbers");
            assertThatThrownBy(() -> trial.tensor("str").value(0).toBooleanArray())
                    .isInstanceOf(IllegalStateException.class).hasMessage("array holds strings, not numbers");
        }
    }

    @Test
    void value_stepStates_throwSmdebugsExceptions() {
        Storage storage = newStorage();
        TrialWriter writer = TrialFixtures.writers(storage, 1).get(0);
        for (int step : new int[] {0, 1, 3}) {
            TrialFixtures.writeStep(writer, step, step == 1 ? List.of("train-rmse") : List.of("train-rmse", "even"));
        }
        String uri = storage.uri().toString();
        try (Trial trial = Trials.newBuilder(storage).open()) {
            Tensor rmse = trial.tensor("train-rmse");
            assertThatThrownBy(() -> rmse.value(9)).isInstanceOf(StepNotYetAvailableException.class)
                    .hasMessage("step 9 of 'train-rmse' not yet written to %s (last complete step: 3)", uri);
            assertThatThrownBy(() -> rmse.value(2)).isInstanceOf(StepUnavailableException.class)
                    .hasMessage("step 2 of 'train-rmse' was not saved in %s and will not be (last complete step: 3)",
                            uri);
            assertThatThrownBy(() -> trial.tensor("even").value(1)).isInstanceOf(TensorUnavailableException.class)
                    .hasMessage("tensor 'even' was not saved at step 1 of %s", uri);
            assertThatThrownBy(() -> rmse.value(1, Mode.GLOBAL, "worker_9"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("worker 'worker_9' never wrote %s: known workers [worker_0]", uri);
            assertThatThrownBy(() -> rmse.values("worker_9")).isInstanceOf(IllegalArgumentException.class);
            assertThat(trial.tensor("even").steps()).containsExactly(0, 3);
        }
        writer.writeEndMarker();
        try (Trial trial = Trials.newBuilder(storage).open()) {
            assertThatThrownBy(() -> trial.tensor("train-rmse").value(9)).isInstanceOf(NoMoreDataException.class)
                    .hasMessage("step 9 of 'train-rmse' is beyond the end of %s: training has ended (last step: 3)",
                            uri);
        }
    }

    @Test
    void value_workerWithoutTensorAtStep_throwsNamingWorker() {
        Storage storage = newStorage();
        List<TrialWriter> writers = TrialFixtures.writers(storage, 2);
        TrialFixtures.writeStep(writers.get(0), 0, List.of("a", "b"));
        TrialFixtures.writeStep(writers.get(1), 0, List.of("a"));
        try (Trial trial = Trials.newBuilder(storage).open()) {
            assertThat(trial.tensor("b").workers(0)).containsExactly("worker_0");
            assertThatThrownBy(() -> trial.tensor("b").value(0, Mode.GLOBAL, "worker_1"))
                    .isInstanceOf(TensorUnavailableException.class)
                    .hasMessage("tensor 'b' was not saved at step 0 by worker 'worker_1' of %s", storage.uri());
            assertThat(trial.tensor("b").values("worker_1")).isEmpty();
        }
    }

    @Test
    void lastCompleteStep_nothingComplete_isEmpty() {
        Storage storage = newStorage();
        List<TrialWriter> writers = TrialFixtures.writers(storage, 2);
        TrialFixtures.writeStep(writers.get(0), 0, TrialFixtures.METRICS);
        try (Trial trial = Trials.newBuilder(storage).open()) {
            assertThat(trial.lastCompleteStep()).isEmpty();
            assertThat(trial.loadedAllSteps()).isFalse();
            assertThat(trial.steps()).isEmpty();
            assertThat(trial.tensor("train-rmse").steps()).isEmpty();
            assertThat(trial.tensor("train-rmse").values()).isEmpty();
            assertThatThrownBy(() -> trial.tensor("train-rmse").value(0))
                    .hasMessage("step 0 of 'train-rmse' not yet written to %s (no step complete yet)", storage.uri());
        }
    }

    @Test
    void close_thenStorageCalls_throwIllegalState() {
        Storage storage = newStorage();
        TrialFixtures.writeSteps(TrialFixtures.writers(storage, 1), 0, 1);
        Trial trial = Trials.newBuilder(storage).name("run-7").open();
        assertThat(trial.name()).isEqualTo("run-7");
        assertThat(trial.uri()).isEqualTo(storage.uri());
        assertThat(trial.toString()).isEqualTo("Trial[" + storage.uri() + ", 1 complete steps, live]");
        trial.close();
        trial.close();
        assertThatThrownBy(trial::refresh).isInstanceOf(IllegalStateException.class)
                .hasMessage("trial %s is closed", storage.uri());
        assertThatThrownBy(() -> trial.onStep((t, s) -> { })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> trial.tensor("train-rmse").value(0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void builderSteps_range_loadsOnlyThoseSteps() {
        Storage storage = newStorage();
        TrialFixtures.writeSteps(TrialFixtures.writers(storage, 1), 0, 8);
        try (Trial trial = Trials.newBuilder(storage).steps(2, 5).open()) {
            assertThat(trial.steps()).containsExactly(2, 3, 4);
            assertThat(trial.tensor("train-rmse").values().keySet()).containsExactly(2, 3, 4);
        }
    }

    @Test
    void refresh_newSteps_seenWithoutWaitingForThePoll() {
        Storage storage = newStorage();
        List<TrialWriter> writers = TrialFixtures.writers(storage, 1);
        TrialFixtures.writeSteps(writers, 0, 1);
        try (Trial trial = Trials.newBuilder(storage).pollInterval(Duration.ofHours(1)).open()) {
            TrialFixtures.writeSteps(writers, 1, 3);
            trial.refresh();
            assertThat(trial.steps()).containsExactly(0, 1, 2);
            TrialFixtures.writeSteps(writers, 3, 4);
            assertThat(trial.tensor("train-rmse").value(3).scalarValue())
                    .isEqualTo(TrialFixtures.expected("train-rmse", 3, 0));
        }
    }

    @Test
    void open_emptyStorage_throwsTrialNotFoundUnlessAllowed() {
        Storage storage = newStorage();
        assertThatThrownBy(() -> Trials.newBuilder(storage).open())
                .isInstanceOf(dev.boostscope.core.TrialNotFoundException.class);
        try (Trial trial = Trials.newBuilder(storage).allowEmpty(true).open()) {
            assertThat(trial.steps()).isEmpty();
            assertThat(trial.workers()).isEmpty();
            assertThat(trial.collections()).isEmpty();
            assertThat(trial.lastCompleteStep()).isEmpty();
            assertThat(trial.hasPassedStep(0)).isEqualTo(StepState.NOT_YET_AVAILABLE);
        }
    }

    private static CollectionsFile file(int workers, Map<String, List<String>> names, List<String> regex) {
        Map<String, CollectionEntry> entries = new LinkedHashMap<>();
        names.forEach((name, listed) -> entries.put(name, new CollectionEntry(name,
                name.equals("shared") ? regex : List.of(), new TreeSet<>(listed), Map.of(), false)));
        return new CollectionsFile(entries, workers, CollectionsFile.CURRENT_VERSION);
    }
}
