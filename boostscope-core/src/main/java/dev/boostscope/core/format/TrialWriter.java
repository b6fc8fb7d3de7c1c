// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import dev.boostscope.core.storage.Storage;
import java.util.List;
import java.util.Objects;

/**
 * Writes one worker's part of a trial to storage, synchronously: a step's event file first, then its index (which
 * makes the step visible), collections files as they change, and the end marker last.
 *
 * <p>Not thread-safe: one writer per worker, called from one thread (the hook's background writer).
 */
public final class TrialWriter {
    private final Storage storage;
    private final String worker;

    private TrialWriter(Storage storage, String worker) {
        this.storage = storage;
        this.worker = worker;
    }

    /**
     * Returns a writer for one worker.
     *
     * @param storage where the trial lives
     * @param worker the worker name, such as {@code worker_0}
     * @return the writer
     */
    public static TrialWriter open(Storage storage, String worker) {
        Objects.requireNonNull(storage, "storage");
        TrialLayout.collectionsKey(worker);
        return new TrialWriter(storage, worker);
    }

    /**
     * Returns the worker this writer writes as.
     *
     * @return the worker name
     */
    public String worker() {
        return worker;
    }

    /**
     * Writes a step: its event file, then its index.
     *
     * @param tensors the step's tensors, all of one step and mode
     * @return the index written
     * @throws dev.boostscope.core.StorageException if storage fails; a step whose index was not written stays
     *     invisible
     */
    public IndexFile writeStep(List<TensorRecord> tensors) {
        long step = tensors.isEmpty() ? 0 : tensors.get(0).step();
        String eventKey = TrialLayout.eventKey(step, worker);
        EventFiles.EncodedStep encoded = EventFiles.encode(tensors, eventKey);
        storage.put(eventKey, encoded.eventBytes());
        storage.put(TrialLayout.indexKey(step, worker), encoded.index().toJson());
        return encoded.index();
    }

    /**
     * Writes (or replaces, atomically) this worker's collections file.
     *
     * @param collections the collections
     */
    public void writeCollections(CollectionsFile collections) {
        storage.put(TrialLayout.collectionsKey(worker), collections.toJson());
    }

    /**
     * Writes a step's numeric scalars as a TensorBoard file under {@code tensorboard/} (real payload CRCs, which
     * TensorBoard checks); trial readers ignore it.
     *
     * @param tensors the step's tensors, all of one step and mode; strings and non-scalars are left out
     * @return the key written
     */
    public String writeTensorBoardScalars(List<TensorRecord> tensors) {
        if (tensors.isEmpty()) {
            throw new IllegalArgumentException("a step must hold at least one tensor");
        }
        TensorRecord first = tensors.get(0);
        String key = TrialLayout.tensorboardKey(first.mode(), first.step(), worker);
        storage.put(key, TensorBoardFiles.encodeScalars(tensors, first.wallTime()));
        return key;
    }

    /** Writes the end-of-job marker: no more data will come from this trial. */
    public void writeEndMarker() {
        storage.put(TrialLayout.END_MARKER, new byte[0]);
    }
}
