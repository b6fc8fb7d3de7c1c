// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.capture;

import dev.boostscope.core.format.TensorRecord;
import java.util.List;

/**
 * What one step saves: its tensors as plain arrays, copied off the booster on the training thread, so the background
 * writer can encode them while boosting goes on.
 *
 * @param step the step (boosting round)
 * @param tensors the tensors, in smdebug's write order, each name once
 *
 * <p>Immutable. Not API.
 */
public record StepSnapshot(long step, List<CapturedTensor> tensors) {

    /**
     * Validates and copies.
     *
     * @param step the step
     * @param tensors the tensors
     */
    public StepSnapshot {
        if (step < 0) {
            throw new IllegalArgumentException("step must be non-negative: " + step);
        }
        tensors = List.copyOf(tensors);
    }

    /**
     * Returns the tensors as the trial writer takes them.
     *
     * @return the records, in order
     */
    public List<TensorRecord> records() {
        return tensors.stream().map(CapturedTensor::record).toList();
    }
}
