// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.Mode;
import dev.boostscope.core.format.IndexFile;
import dev.boostscope.core.format.TrialLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The trial's loaded index, compacted: steps in one sorted array of {@link StepRecord}s, tensor and worker names
 * interned, tensor schemas shared between steps, and per tensor the sorted steps at which it was saved. It holds
 * locations only, never values. Knows nothing of completion: {@link TrialIndex} adds that and the locking.
 *
 * <p>Not thread-safe: guarded by {@link TrialIndex}'s lock.
 */
final class StepTable {
    final NameTable tensors = new NameTable();
    final NameTable workers = new NameTable();
    private final Map<Object, TensorSchema> schemas = new HashMap<>();
    private final List<IntList> stepsByTensor = new ArrayList<>();
    private final Map<Mode, ModeSteps> modes = new EnumMap<>(Mode.class);
    private final Comparator<WorkerPart> byWorkerName =
            Comparator.comparing(part -> workers.name(part.worker()));
    private int[] steps = new int[16];
    private StepRecord[] records = new StepRecord[16];
    private int size;

    /**
     * Returns whether a worker's index file for a step is loaded.
     *
     * @param step the global step
     * @param worker the worker name
     * @return true if loaded
     */
    boolean hasPart(int step, String worker) {
        StepRecord record = find(step);
        int id = workers.find(worker);
        return record != null && id >= 0 && record.partOf(id) != null;
    }

    /**
     * Adds a worker's index file for a step.
     *
     * @param step the global step (from the file name)
     * @param worker the worker (from the file name)
     * @param file the parsed index
     * @return false if that worker's file for that step was loaded already
     */
    boolean add(int step, String worker, IndexFile file) {
        int workerId = workers.intern(worker);
        StepRecord record = findOrCreate(step, file);
        if (record.partOf(workerId) != null) {
            return false;
        }
        int[] ids = new int[file.tensors().size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = tensors.intern(file.tensors().get(i).name());
            stepsOf(ids[i]).add(step);
        }
        TensorSchema schema = schemas.computeIfAbsent(TensorSchema.keyOf(ids), key -> new TensorSchema(ids));
        String eventKey = TrialLayout.isEventKey(file.eventFileName(), step, worker) ? null : file.eventFileName();
        record.add(WorkerPart.of(workerId, schema, eventKey, file.tensors()), byWorkerName);
        return true;
    }

    int size() {
        return size;
    }

    int step(int index) {
        return steps[index];
    }

    StepRecord record(int index) {
        return records[index];
    }

    /**
     * Returns the record of a step.
     *
     * @param step the global step
     * @return the record, or null if no index file of that step is loaded
     */
    @Nullable StepRecord find(int step) {
        int at = Arrays.binarySearch(steps, 0, size, step);
        return at >= 0 ? records[at] : null;
    }

    /**
     * Returns the first index whose step is at least a value.
     *
     * @param step the value
     * @return the index; {@code size()} if none
     */
    int lowerBound(int step) {
        int at = Arrays.binarySearch(steps, 0, size, step);
        return at >= 0 ? at : -at - 1;
    }

    /**
     * Returns the first index whose step is above a value.
     *
     * @param step the value
     * @return the index; {@code size()} if none
     */
    int upperBound(int step) {
        if (size == 0 || step >= steps[size - 1]) {
            return size;
        }
        int at = Arrays.binarySearch(steps, 0, size, step);
        return at >= 0 ? at + 1 : -at - 1;
    }

    int[] stepsUpTo(int count) {
        return Arrays.copyOf(steps, count);
    }

    IntList stepsOf(int tensorId) {
        while (stepsByTensor.size() <= tensorId) {
            stepsByTensor.add(new IntList());
        }
        return stepsByTensor.get(tensorId);
    }

    /**
     * Returns the steps of a non-global mode.
     *
     * @param mode TRAIN, EVAL or PREDICT
     * @return its steps; empty if none
     */
    ModeSteps modeSteps(Mode mode) {
        return modes.computeIfAbsent(mode, m -> new ModeSteps());
    }

    String workerName(WorkerPart part) {
        return workers.name(part.worker());
    }

    private StepRecord findOrCreate(int step, IndexFile file) {
        int at = Arrays.binarySearch(steps, 0, size, step);
        if (at >= 0) {
            return records[at];
        }
        int insert = -at - 1;
        if (size == steps.length) {
            steps = Arrays.copyOf(steps, size * 2);
            records = Arrays.copyOf(records, size * 2);
        }
        System.arraycopy(steps, insert, steps, insert + 1, size - insert);
        System.arraycopy(records, insert, records, insert + 1, size - insert);
        int modeStep = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, file.modeStep()));
        StepRecord record = new StepRecord(step, file.mode(), modeStep);
        steps[insert] = step;
        records[insert] = record;
        size++;
        if (file.mode() != Mode.GLOBAL) {
            modeSteps(file.mode()).add(modeStep, step);
        }
        return record;
    }
}
