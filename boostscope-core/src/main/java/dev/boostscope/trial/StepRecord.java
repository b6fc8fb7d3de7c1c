// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.Mode;
import java.util.Arrays;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * What the trial knows of one global step: its mode, its step in that mode, and one {@link WorkerPart} per worker that
 * has written it, kept in worker-name order.
 *
 * <p>Not thread-safe: guarded by the owning {@link TrialIndex}'s lock.
 */
final class StepRecord {
    private static final WorkerPart[] NONE = new WorkerPart[0];

    final int step;
    final Mode mode;
    final int modeStep;
    private WorkerPart[] parts = NONE;

    StepRecord(int step, Mode mode, int modeStep) {
        this.step = step;
        this.mode = mode;
        this.modeStep = modeStep;
    }

    int partCount() {
        return parts.length;
    }

    WorkerPart part(int index) {
        return parts[index];
    }

    /**
     * Returns a worker's part.
     *
     * @param worker the worker id
     * @return the part, or null if that worker has not written this step
     */
    @Nullable WorkerPart partOf(int worker) {
        for (WorkerPart part : parts) {
            if (part.worker() == worker) {
                return part;
            }
        }
        return null;
    }

    /**
     * Adds a worker's part, keeping worker-name order.
     *
     * @param part the part; its worker must not have one yet
     * @param byName orders worker ids by name
     */
    void add(WorkerPart part, Comparator<WorkerPart> byName) {
        WorkerPart[] next = Arrays.copyOf(parts, parts.length + 1);
        next[parts.length] = part;
        Arrays.sort(next, byName);
        parts = next;
    }
}
