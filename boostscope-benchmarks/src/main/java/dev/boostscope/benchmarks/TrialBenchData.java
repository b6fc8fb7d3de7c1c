// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.benchmarks;

import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import dev.boostscope.core.format.CollectionEntry;
import dev.boostscope.core.format.CollectionsFile;
import dev.boostscope.core.format.EventFiles;
import dev.boostscope.core.format.TensorRecord;
import dev.boostscope.core.format.TrialLayout;
import dev.boostscope.core.format.TrialWriter;
import dev.boostscope.core.storage.LocalStorage;
import dev.boostscope.core.storage.Storage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes benchmark trials: every step saves five float64 scalars per worker (as XGBoost metrics are saved), with a
 * {@code metrics} collection and, for finished trials, the end marker.
 *
 * <pre>{@code
 * java -cp "boostscope-benchmarks/target/classes:boostscope-benchmarks/target/lib/*" \
 *     dev.boostscope.benchmarks.TrialBenchData /tmp/trial-10k 10000 1
 * }</pre>
 *
 * <p>Thread-safe (stateless).
 */
public final class TrialBenchData {
    /** The five scalars of every step. */
    public static final List<String> SCALARS =
            List.of("train-rmse", "train-mae", "validation-rmse", "validation-mae", "validation-auc");

    private TrialBenchData() {
    }

    /**
     * Writes a finished trial into a folder.
     *
     * @param args the folder, the number of steps and the number of workers
     */
    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: TrialBenchData FOLDER STEPS WORKERS");
        }
        try (LocalStorage storage = LocalStorage.open(Path.of(args[0]))) {
            long start = System.nanoTime();
            writeFinished(storage, Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            System.out.printf(Locale.ROOT, "wrote %s steps x %s workers to %s in %.1f s%n", args[1], args[2],
                    storage.uri(), (System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * Writes a finished trial: collections, every step of every worker, then the end marker.
     *
     * @param storage where
     * @param steps how many steps
     * @param workers how many workers
     */
    public static void writeFinished(Storage storage, int steps, int workers) {
        List<TrialWriter> writers = writers(storage, workers);
        for (int step = 0; step < steps; step++) {
            for (TrialWriter writer : writers) {
                writer.writeStep(records(step, writer.worker()));
            }
        }
        writers.get(0).writeEndMarker();
    }

    /**
     * Returns writers for {@code worker_0..n-1}, each having written its collections file.
     *
     * @param storage where
     * @param workers how many
     * @return the writers
     */
    public static List<TrialWriter> writers(Storage storage, int workers) {
        List<TrialWriter> out = new ArrayList<>();
        for (int rank = 0; rank < workers; rank++) {
            TrialWriter writer = TrialWriter.open(storage, TrialLayout.workerName(rank));
            writer.writeCollections(new CollectionsFile(Map.of("metrics", new CollectionEntry("metrics",
                    List.of("^[a-zA-z]+-[a-zA-z0-9]+$"), new TreeSet<>(SCALARS), Map.of(), false)), workers,
                    CollectionsFile.CURRENT_VERSION));
            out.add(writer);
        }
        return out;
    }

    /**
     * Returns one step's records for one worker.
     *
     * @param step the step
     * @param worker the worker
     * @return five scalars
     */
    public static List<TensorRecord> records(int step, String worker) {
        List<TensorRecord> records = new ArrayList<>();
        for (int i = 0; i < SCALARS.size(); i++) {
            records.add(new TensorRecord(SCALARS.get(i), NdArray.scalar(1.0 / (step + i + 1) + worker.length()),
                    step, Mode.GLOBAL, step, 1.7e9 + step));
        }
        return records;
    }

    /**
     * Writes one worker's step as the hook does (event file, then index) and returns when the index was put.
     *
     * @param storage where
     * @param step the step
     * @param worker the worker
     * @return {@link System#nanoTime()} just before the index put began: when the step started to become visible
     */
    public static long writeStepTimed(Storage storage, int step, String worker) {
        String eventKey = TrialLayout.eventKey(step, worker);
        EventFiles.EncodedStep encoded = EventFiles.encode(records(step, worker), eventKey);
        storage.put(eventKey, encoded.eventBytes());
        byte[] index = encoded.index().toJson();
        long landing = System.nanoTime();
        storage.put(TrialLayout.indexKey(step, worker), index);
        return landing;
    }
}
