// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.Mode;
import dev.boostscope.core.format.TrialLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Read-only questions on a {@link StepTable} given the completion state: the step state rules of smdebug's
 * {@code has_passed_step}, steps in a mode's numbering, and value locations.
 *
 * <p>Thread-safe as long as the caller holds {@link TrialIndex}'s lock.
 */
final class StepQueries {
    private StepQueries() {
    }

    /**
     * Applies smdebug's {@code has_passed_step}: a known step is AVAILABLE when complete; a step below a known one is
     * UNAVAILABLE once a later step is complete; a step beyond all is UNAVAILABLE only once all steps are loaded.
     *
     * @param table the index
     * @param step the step in the mode's numbering
     * @param mode the mode
     * @param lastComplete the last complete global step
     * @param loadedAll whether all steps are loaded
     * @return the state
     */
    static StepState state(StepTable table, int step, Mode mode, int lastComplete, boolean loadedAll) {
        if (mode != Mode.GLOBAL) {
            return modeState(table, step, mode, lastComplete, loadedAll);
        }
        int at = table.lowerBound(step);
        if (at < table.size()) {
            if (table.step(at) > step) {
                return lastComplete > step ? StepState.UNAVAILABLE : StepState.NOT_YET_AVAILABLE;
            }
            return loadedAll || step <= lastComplete ? StepState.AVAILABLE : StepState.NOT_YET_AVAILABLE;
        }
        return loadedAll ? StepState.UNAVAILABLE : StepState.NOT_YET_AVAILABLE;
    }

    static int lastKnown(StepTable table, Mode mode) {
        if (mode == Mode.GLOBAL) {
            return table.size() == 0 ? -1 : table.step(table.size() - 1);
        }
        ModeSteps steps = table.modeSteps(mode);
        return steps.size() == 0 ? -1 : steps.modeStep(steps.size() - 1);
    }

    /**
     * Returns the complete steps of a mode, in its numbering, optionally only those holding a tensor.
     *
     * @param table the index
     * @param completeCount how many leading steps are complete
     * @param mode a non-global mode
     * @param tensorId a tensor that must be saved at the step, or -1 for any
     * @return the mode steps, ascending
     */
    static int[] modeSteps(StepTable table, int completeCount, Mode mode, int tensorId) {
        int[] out = new int[16];
        int count = 0;
        for (int i = 0; i < completeCount; i++) {
            StepRecord record = table.record(i);
            if (record.mode == mode && (tensorId < 0 || holds(record, tensorId))) {
                if (count == out.length) {
                    out = Arrays.copyOf(out, count * 2);
                }
                out[count++] = record.modeStep;
            }
        }
        int[] result = Arrays.copyOf(out, count);
        Arrays.sort(result);
        return result;
    }

    static List<String> workersOf(StepTable table, int tensorId, int step) {
        StepRecord record = table.find(step);
        List<String> out = new ArrayList<>();
        if (record != null && tensorId >= 0) {
            for (int i = 0; i < record.partCount(); i++) {
                WorkerPart part = record.part(i);
                if (part.schema().positionOf(tensorId) >= 0) {
                    out.add(table.workerName(part));
                }
            }
        }
        return out;
    }

    /**
     * Finds a tensor's record in a step.
     *
     * @param table the index
     * @param record the step
     * @param tensorId the tensor
     * @param worker the worker, or null for the first (by name) that saved it
     * @return the location, or null if not saved there
     */
    static @Nullable Location location(StepTable table, @Nullable StepRecord record, int tensorId,
            @Nullable String worker) {
        if (record == null) {
            return null;
        }
        int workerId = worker == null ? -1 : table.workers.find(worker);
        for (int i = 0; i < record.partCount(); i++) {
            WorkerPart part = record.part(i);
            int position = part.schema().positionOf(tensorId);
            if (position >= 0 && (worker == null || part.worker() == workerId)) {
                String name = table.workerName(part);
                String eventKey = part.eventKey() != null ? part.eventKey()
                        : TrialLayout.eventKey(record.step, name);
                return new Location(table.tensors.name(tensorId), record.step, name, eventKey,
                        part.start(position), part.length(position), part.spanEnd());
            }
        }
        return null;
    }

    private static boolean holds(StepRecord record, int tensorId) {
        for (int i = 0; i < record.partCount(); i++) {
            if (record.part(i).schema().positionOf(tensorId) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static StepState modeState(StepTable table, int step, Mode mode, int lastComplete, boolean loadedAll) {
        ModeSteps steps = table.modeSteps(mode);
        int at = steps.lowerBound(step);
        if (at < steps.size()) {
            if (steps.modeStep(at) > step) {
                return lastCompleteModeStep(steps, lastComplete, loadedAll) > step
                        ? StepState.UNAVAILABLE : StepState.NOT_YET_AVAILABLE;
            }
            return loadedAll || steps.global(at) <= lastComplete
                    ? StepState.AVAILABLE : StepState.NOT_YET_AVAILABLE;
        }
        return loadedAll ? StepState.UNAVAILABLE : StepState.NOT_YET_AVAILABLE;
    }

    private static int lastCompleteModeStep(ModeSteps steps, int lastComplete, boolean loadedAll) {
        int best = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (loadedAll || steps.global(i) <= lastComplete) {
                best = Math.max(best, steps.modeStep(i));
            }
        }
        return best;
    }
}
