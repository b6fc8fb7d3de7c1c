// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import dev.boostscope.core.format.CollectionEntry;
import dev.boostscope.core.format.CollectionsFile;
import dev.boostscope.core.format.IndexFile;
import dev.boostscope.core.format.TensorRecord;
import dev.boostscope.core.format.TrialLayout;
import dev.boostscope.core.format.TrialWriter;
import dev.boostscope.core.storage.Storage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Writes small trials for the reader's tests with the format's {@link TrialWriter}. */
final class TrialFixtures {
    /** The scalar names most tests write at every step. */
    static final List<String> METRICS = List.of("train-rmse", "validation-rmse");

    private TrialFixtures() {
    }

    /** Returns the value the fixtures write for a tensor at a step by a worker, so readers can verify it. */
    static double expected(String tensor, int step, int worker) {
        return step * 1000.0 + worker + (tensor.hashCode() & 0xff) / 1000.0;
    }

    static String worker(int rank) {
        return TrialLayout.workerName(rank);
    }

    /** Writes one step of scalar tensors for one worker, in GLOBAL mode; returns its index file. */
    static IndexFile writeStep(TrialWriter writer, int step, List<String> tensors) {
        return writeStep(writer, step, Mode.GLOBAL, step, tensors);
    }

    /** Writes one step of scalar tensors for one worker; returns its index file. */
    static IndexFile writeStep(TrialWriter writer, int step, Mode mode, int modeStep, List<String> tensors) {
        int rank = Integer.parseInt(writer.worker().substring(writer.worker().lastIndexOf('_') + 1));
        List<TensorRecord> records = new ArrayList<>();
        for (String tensor : tensors) {
            records.add(new TensorRecord(tensor, NdArray.scalar(expected(tensor, step, rank)), step, mode, modeStep,
                    1.7e9 + step));
        }
        return writer.writeStep(records);
    }

    /** Writes one step holding given values; returns its index file. */
    static IndexFile writeValues(TrialWriter writer, int step, Map<String, NdArray> values) {
        List<TensorRecord> records = new ArrayList<>();
        values.forEach((name, value) -> records.add(new TensorRecord(name, value, step, Mode.GLOBAL, step, 0)));
        return writer.writeStep(records);
    }

    /** Returns a collections file with a metrics collection (regex) and the given explicit names in "listed". */
    static CollectionsFile collections(int numWorkers, List<String> listed) {
        Map<String, CollectionEntry> all = new LinkedHashMap<>();
        all.put("metrics", new CollectionEntry("metrics", List.of("^[a-zA-z]+-[a-zA-z0-9]+$"), new TreeSet<>(),
                Map.of(), false));
        all.put("listed", new CollectionEntry("listed", List.of(), new TreeSet<>(listed), Map.of(), false));
        return new CollectionsFile(all, numWorkers, CollectionsFile.CURRENT_VERSION);
    }

    /** Returns writers for workers 0..n-1, each having written its collections file. */
    static List<TrialWriter> writers(Storage storage, int count) {
        List<TrialWriter> out = new ArrayList<>();
        for (int rank = 0; rank < count; rank++) {
            TrialWriter writer = TrialWriter.open(storage, worker(rank));
            writer.writeCollections(collections(count, List.of()));
            out.add(writer);
        }
        return out;
    }

    /** Writes steps for every writer, all with the metrics. */
    static void writeSteps(List<TrialWriter> writers, int from, int to) {
        for (int step = from; step < to; step++) {
            for (TrialWriter writer : writers) {
                writeStep(writer, step, METRICS);
            }
        }
    }
}
