// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.testkit;

import dev.boostscope.core.NdArray;
import dev.boostscope.core.format.CollectionsFile;
import dev.boostscope.core.format.EventFiles;
import dev.boostscope.core.format.IndexFile;
import dev.boostscope.core.format.TensorRecord;
import dev.boostscope.core.format.TrialLayout;
import dev.boostscope.core.storage.LocalStorage;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A trial the hook wrote to a local folder, read back through the format layer only (index, then each record by its
 * offset), as a reader would.
 *
 * @param tensors every tensor's value by name, then step
 * @param collections the collections file, if written
 * @param endMarker whether training_job_end.ts exists
 */
public record WrittenTrial(Map<String, TreeMap<Long, NdArray>> tensors, Optional<CollectionsFile> collections,
        boolean endMarker) {

    /**
     * Reads worker_0's part of a trial.
     *
     * @param root the trial folder
     * @return the trial
     */
    public static WrittenTrial read(Path root) {
        return read(root, "worker_0");
    }

    /**
     * Reads one worker's part of a trial.
     *
     * @param root the trial folder
     * @param worker the worker name
     * @return the trial
     */
    public static WrittenTrial read(Path root, String worker) {
        Map<String, TreeMap<Long, NdArray>> tensors = new TreeMap<>();
        try (LocalStorage storage = LocalStorage.open(root)) {
            for (String key : storage.list(TrialLayout.INDEX_PREFIX, null)) {
                TrialLayout.IndexKey parsed = TrialLayout.parseIndexKey(key).orElseThrow();
                if (!parsed.worker().equals(worker)) {
                    continue;
                }
                IndexFile index = IndexFile.parse(storage.get(key), key);
                for (IndexFile.TensorLocation location : index.tensors()) {
                    byte[] record = storage.get(index.eventFileName(), location.startIdx(), location.length());
                    TensorRecord tensor = EventFiles.decodeRecord(record, index.eventFileName(), location.startIdx());
                    tensors.computeIfAbsent(tensor.name(), n -> new TreeMap<>()).put(parsed.step(), tensor.value());
                }
            }
            String collectionsKey = TrialLayout.collectionsKey(worker);
            Optional<CollectionsFile> collections = storage.exists(collectionsKey)
                    ? Optional.of(CollectionsFile.parse(storage.get(collectionsKey), collectionsKey))
                    : Optional.empty();
            return new WrittenTrial(tensors, collections, storage.exists(TrialLayout.END_MARKER));
        }
    }

    /**
     * Returns the steps any tensor was saved at.
     *
     * @return the steps, ascending
     */
    public SortedSet<Long> steps() {
        SortedSet<Long> steps = new TreeSet<>();
        tensors.values().forEach(byStep -> steps.addAll(byStep.keySet()));
        return steps;
    }

    /**
     * Returns one tensor's value at a step.
     *
     * @param name the tensor name
     * @param step the step
     * @return the value
     * @throws AssertionError if it was not saved
     */
    public NdArray value(String name, long step) {
        TreeMap<Long, NdArray> byStep = tensors.get(name);
        if (byStep == null || !byStep.containsKey(step)) {
            throw new AssertionError("tensor '" + name + "' not saved at step " + step + "; saved: "
                    + (byStep == null ? "never" : byStep.keySet()));
        }
        return byStep.get(step);
    }

    /**
     * Returns the names the collections file lists for a collection.
     *
     * @param collection the collection name
     * @return the names
     */
    public SortedSet<String> namesIn(String collection) {
        return collections.orElseThrow().collections().get(collection).tensorNames();
    }
}
