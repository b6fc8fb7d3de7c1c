// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import java.util.List;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * One named tensor of a {@link Trial}, with its value at each step where it was saved. Values are read lazily from
 * storage with ranged reads.
 *
 * <p>Implementations are thread-safe.
 */
public interface Tensor {

    /**
     * Returns the tensor's name, such as {@code train-mlogloss}.
     *
     * @return the name
     */
    String name();

    /**
     * Returns the complete global steps at which this tensor was saved, ascending.
     *
     * @return the steps; empty if none is complete
     */
    List<Integer> steps();

    /**
     * Returns the complete steps of one mode at which this tensor was saved, in the mode's numbering.
     *
     * @param mode the mode
     * @return the steps; empty if none
     */
    List<Integer> steps(Mode mode);

    /**
     * Returns the workers that saved this tensor at a global step, sorted.
     *
     * @param step a global step
     * @return the workers; empty if none
     */
    List<String> workers(int step);

    /**
     * Returns the value at a global step from the first worker (in name order) that saved it. Blocks on storage.
     *
     * @param step a global step
     * @return the value
     * @throws dev.boostscope.core.StepNotYetAvailableException if the step may still come
     * @throws dev.boostscope.core.StepUnavailableException if the step was never saved
     * @throws dev.boostscope.core.TensorUnavailableException if the step exists without this tensor
     * @throws dev.boostscope.core.NoMoreDataException if training ended before the step
     */
    NdArray value(int step);

    /**
     * Returns the value at a step of a mode, from one worker. Blocks on storage.
     *
     * @param step a step in the mode's numbering
     * @param mode the mode
     * @param worker a worker name, or null for the first that saved it
     * @return the value
     * @throws IllegalArgumentException if the worker never wrote this trial
     * @throws dev.boostscope.core.StepNotYetAvailableException as {@link #value(int)}
     */
    NdArray value(int step, Mode mode, @Nullable String worker);

    /**
     * Returns the values at every complete step from the first worker, in one bulk read that groups ranges per file.
     * Blocks on storage.
     *
     * @return the values by global step, ascending; empty if none
     */
    SortedMap<Integer, NdArray> values();

    /**
     * Returns the values at every complete step from one worker, in one bulk read. Blocks on storage.
     *
     * @param worker a worker name
     * @return the values by global step, ascending; empty if none
     * @throws IllegalArgumentException if the worker never wrote this trial
     */
    SortedMap<Integer, NdArray> values(String worker);
}
