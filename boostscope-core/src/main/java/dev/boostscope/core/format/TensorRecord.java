// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import java.util.Objects;

/**
 * One tensor as an event record holds it: its name, value, global step, mode and step in that mode.
 *
 * @param name the tensor name (the summary value's tag), exactly as given
 * @param value the value
 * @param step the global step
 * @param mode the mode
 * @param modeStep the step in the mode's numbering
 * @param wallTime seconds since the epoch when written
 *
 * <p>Immutable.
 */
public record TensorRecord(String name, NdArray value, long step, Mode mode, long modeStep, double wallTime) {

    /**
     * Validates.
     *
     * @param name the tensor name
     * @param value the value
     * @param step the global step
     * @param mode the mode
     * @param modeStep the step in the mode's numbering
     * @param wallTime seconds since the epoch
     */
    public TensorRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(mode, "mode");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("tensor name must not be empty");
        }
    }
}
