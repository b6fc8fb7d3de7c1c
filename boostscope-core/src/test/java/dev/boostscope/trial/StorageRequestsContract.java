// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.NdArray;
import dev.boostscope.core.format.IndexFile;
import dev.boostscope.core.format.TrialLayout;
import dev.boostscope.core.format.TrialWriter;
import dev.boostscope.core.storage.Storage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What a trial asks storage for, counted through a {@link RecordingStorage}: opening reads index files and no event
 * file; values are ranged reads at the index's offsets, one per step for a tensor read across all steps, fewer once
 * cached; a refresh lists after the last complete step and reads only index files not read before.
 * {@link StorageRequestsTest} runs it on local and in-memory storage, boostscope-app's {@code S3TrialTest} on S3.
 */
abstract class StorageRequestsContract extends StorageContractBase {
    private static final int STEPS = 12;
    /** Floats enough for an event file over {@link ValueReader#SMALL_FILE}. */
    private static final int BIG = 20_000;

    @Test
    void open_finishedTrial_readsEachIndexFileOnceAndNoEventFile() {
        Storage storage = newStorage();
        List<TrialWriter> writers = TrialFixtures.writers(storage, 2);
        TrialFixtures.writeSteps(writers, 0, STEPS);
        writers.get(0).writeEndMarker();
        RecordingStorage recording = new RecordingStorage(storage);
        try (Trial trial = Trials.newBuilder(recording).open()) {
            assertThat(recording.gets(TrialLayout.EVENTS_PREFIX)).isEmpty();
            assertThat(recording.gets(TrialLayout.INDEX_PREFIX)).extracting(RecordingStorage.Request::key)
                    .containsExactlyInAnyOrderElementsOf(indexKeys(0, STEPS, 2));
            assertThat(recording.lists(TrialLayout.INDEX_PREFIX)).extracting(RecordingStorage.Request::startAfter)
                    .containsOnlyNulls().hasSize(1);
            recording.clear();
            assertThat(trial.steps()).hasSize(STEPS);
            assertThat(trial.tensorNames()).isEqualTo(TrialFixtures.METRICS);
            assertThat(trial.tensor("train-rmse").steps()).hasSize(STEPS);
            assertThat(trial.tensor("train-rmse").workers(3)).containsExactly("worker_0", "worker_1");
            assertThat(trial.hasPassedStep(STEPS)).isEqualTo(StepState.UNAVAILABLE);
            assertThat(recording.requests()).as("queries of a finished trial's index").isEmpty();
        }
    }

    @Test
    void open_liveTrial_readsEachIndexFileOnceAndNoEventFile() {
        Storage storage = newStorage();
        TrialFixtures.writeSteps(TrialFixtures.writers(storage, 2), 0, STEPS);
        RecordingStorage recording = new RecordingStorage(storage);
        try (Trial trial = Trials.newBuilder(recording).pollInterval(Duration.ofHours(1)).open()) {
            assertThat(trial.steps()).hasSize(STEPS);
            assertThat(trial.tensor("validation-rmse").steps()).hasSize(STEPS);
            assertThat(recording.gets(TrialLayout.EVENTS_PREFIX)).isEmpty();
            assertThat(recording.gets(TrialLayout.INDEX_PREFIX)).extracting(RecordingStorage.Request::key)
                    .containsExactlyInAnyOrderElementsOf(indexKeys(0, STEPS, 2));
        }
    }

    @Test
    void values_oneTensorEveryStep_oneRangedReadPerStepThenOtherTensorsFromTheCache() {
        Storage storage = newStorage();
        TrialWriter writer = TrialFixtures.writers(storage, 1).get(0);
        List<IndexFile> indexes = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            indexes.add(TrialFixtures.writeStep(writer, step, TrialFixtures.METRICS));
        }
        writer.writeEndMarker();
        RecordingStorage recording = new RecordingStorage(storage);
        try (Trial trial = Trials.newBuilder(recording).open()) {
            recording.clear();
            SortedMap<Integer, NdArray> values = trial.tensor("train-rmse").values();
            assertThat(values).hasSize(STEPS).allSatisfy((step, value) -> assertThat(value.scalarValue())
                    .isEqualTo(TrialFixtures.expected("train-rmse", step, 0)));
            List<RecordingStorage.Request> expected = new ArrayList<>();
            for (int step = 0; step < STEPS; step++) {
                expected.add(new RecordingStorage.Request(RecordingStorage.Op.RANGED_GET,
                        TrialLayout.eventKey(step, "worker_0"), null, 0, spanEnd(indexes.get(step))));
            }
            assertThat(recording.requests()).as("one read per small event file, of its indexed span")
                    .containsExactlyInAnyOrderElementsOf(expected);
            recording.clear();
            assertThat(trial.tensor("validation-rmse").values()).hasSize(STEPS);
            assertThat(trial.tensor("validation-rmse").value(5).scalarValue())
                    .isEqualTo(TrialFixtures.expected("validation-rmse", 5, 0));
            assertThat(recording.requests()).as("the same steps' files are cached").isEmpty();
        }
    }

    @Test
    void value_cacheDisabled_eachReadIsOneRangedGetOfTheIndexedRecord() {
        Storage storage = newStorage();
        TrialWriter writer = TrialFixtures.writers(storage, 1).get(0);
        List<IndexFile> indexes = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            indexes.add(TrialFixtures.writeStep(writer, step, TrialFixtures.METRICS));
        }
        writer.writeEndMarker();
        RecordingStorage recording = new RecordingStorage(storage);
        try (Trial trial = Trials.newBuilder(recording).cacheBytes(0).open()) {
            recording.clear();
            Tensor tensor = trial.tensor("validation-rmse");
            for (int step = 0; step < STEPS; step++) {
                assertThat(tensor.value(step).scalarValue())
                        .isEqualTo(TrialFixtures.expected("validation-rmse", step, 0));
                assertThat(recording.requests()).as("step %d", step)
                        .containsExactly(rangedGet(step, location(indexes.get(step), "validation-rmse")));
                recording.clear();
            }
        }
    }

    @Test
    void value_bigEventFile_rangedGetOfEachRecordOnlyThenCached() {
        Storage storage = newStorage();
        TrialWriter writer = TrialFixtures.writers(storage, 1).get(0);
        float[] floats = new float[BIG];
        for (int i = 0; i < BIG; i++) {
            floats[i] = i * 0.5f;
        }
        Map<String, NdArray> values = new LinkedHashMap<>();
        values.put("big", NdArray.ofFloats(floats, 100, BIG / 100));
        values.put("loss", NdArray.scalar(0.125));
        IndexFile index = TrialFixtures.writeValues(writer, 0, values);
        writer.writeEndMarker();
        assertThat((long) spanEnd(index)).isGreaterThan(ValueReader.SMALL_FILE);
        RecordingStorage recording = new RecordingStorage(storage);
        try (Trial trial = Trials.newBuilder(recording).open()) {
            recording.clear();
            assertThat(trial.tensor("loss").value(0).scalarValue()).isEqualTo(0.125);
            assertThat(recording.requests()).containsExactly(rangedGet(0, location(index, "loss")));
            recording.clear();
            assertThat(trial.tensor("big").value(0)).isEqualTo(values.get("big"));
            assertThat(recording.requests()).containsExactly(rangedGet(0, location(index, "big")));
            recording.clear();
            assertThat(trial.tensor("loss").value(0).scalarValue()).isEqualTo(0.125);
            assertThat(trial.tensor("big").value(0)).isEqualTo(values.get("big"));
            assertThat(recording.requests()).as("records read before are cached").isEmpty();
        }
    }

    @Test
    void refresh_newSteps_listsAfterTheLastCompleteStepAndReadsOnlyNewIndexFiles() {
        Storage storage = newStorage();
        List<TrialWriter> writers = TrialFixtures.writers(storage, 2);
        TrialFixtures.writeSteps(writers, 0, 4);
        RecordingStorage recording = new RecordingStorage(storage);
        try (Trial trial = Trials.newBuilder(recording).pollInterval(Duration.ofHours(1)).open()) {
            recording.clear();
            TrialFixtures.writeSteps(writers, 4, 7);
            trial.refresh();
            assertThat(trial.steps()).isEqualTo(IntStream.range(0, 7).boxed().toList());
            assertListedAfter(recording, TrialLayout.indexKey(3, "worker_1"));
            assertThat(recording.gets(TrialLayout.INDEX_PREFIX)).extracting(RecordingStorage.Request::key)
                    .containsExactlyInAnyOrderElementsOf(indexKeys(4, 7, 2));
            recording.clear();
            TrialFixtures.writeStep(writers.get(0), 7, TrialFixtures.METRICS);
            trial.refresh();
            trial.refresh();
            assertThat(trial.steps()).hasSize(7);
            assertThat(trial.hasPassedStep(7)).isEqualTo(StepState.NOT_YET_AVAILABLE);
            TrialFixtures.writeStep(writers.get(1), 7, TrialFixtures.METRICS);
            trial.refresh();
            assertThat(trial.steps()).hasSize(8);
            assertListedAfter(recording, TrialLayout.indexKey(6, "worker_1"));
            assertThat(recording.gets(TrialLayout.INDEX_PREFIX)).as("step 7's files, each read once")
                    .extracting(RecordingStorage.Request::key).containsExactlyInAnyOrderElementsOf(indexKeys(7, 8, 2));
            assertThat(recording.gets(TrialLayout.EVENTS_PREFIX)).isEmpty();
        }
    }

    /** Asserts that every index listing recorded started after a key at or past the given one. */
    private static void assertListedAfter(RecordingStorage recording, String key) {
        assertThat(recording.lists(TrialLayout.INDEX_PREFIX)).isNotEmpty().allSatisfy(list ->
                assertThat(list.startAfter()).as("start-after key").isNotNull().isGreaterThanOrEqualTo(key));
    }

    private static List<String> indexKeys(int from, int to, int workers) {
        List<String> keys = new ArrayList<>();
        for (int step = from; step < to; step++) {
            for (int rank = 0; rank < workers; rank++) {
                keys.add(TrialLayout.indexKey(step, TrialFixtures.worker(rank)));
            }
        }
        return keys;
    }

    private static IndexFile.TensorLocation location(IndexFile index, String tensor) {
        return index.tensors().stream().filter(t -> t.name().equals(tensor)).findFirst().orElseThrow();
    }

    private static RecordingStorage.Request rangedGet(int step, IndexFile.TensorLocation location) {
        return new RecordingStorage.Request(RecordingStorage.Op.RANGED_GET, TrialLayout.eventKey(step, "worker_0"),
                null, location.startIdx(), location.length());
    }

    private static int spanEnd(IndexFile index) {
        return index.tensors().stream().mapToInt(t -> (int) t.startIdx() + t.length()).max().orElseThrow();
    }
}
