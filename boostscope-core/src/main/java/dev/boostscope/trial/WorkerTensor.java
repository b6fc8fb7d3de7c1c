// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * A tensor of a {@link WorkerTrial}: values come from one worker unless another is named, and the global steps are
 * those at which that worker saved the tensor.
 *
 * <p>Thread-safe as the underlying tensor is.
 */
final class WorkerTensor implements Tensor {
    private final Tensor tensor;
    private final String worker;

    WorkerTensor(Tensor tensor, String worker) {
        this.tensor = tensor;
        this.worker = worker;
    }

    @Override
    public String name() {
        return tensor.name();
    }

    @Override
    public List<Integer> steps() {
        List<Integer> steps = new ArrayList<>();
        for (int step : tensor.steps()) {
            if (tensor.workers(step).contains(worker)) {
                steps.add(step);
            }
        }
        return List.copyOf(steps);
    }

    /** Returns the tensor's steps in a mode's numbering; not filtered by worker outside {@link Mode#GLOBAL}. */
    @Override
    public List<Integer> steps(Mode mode) {
        return mode == Mode.GLOBAL ? steps() : tensor.steps(mode);
    }

    @Override
    public List<String> workers(int step) {
        return tensor.workers(step).contains(worker) ? List.of(worker) : List.of();
    }

    @Override
    public NdArray value(int step) {
        return tensor.value(step, Mode.GLOBAL, worker);
    }

    @Override
    public NdArray value(int step, Mode mode, @Nullable String otherWorker) {
        return tensor.value(step, mode, otherWorker == null ? worker : otherWorker);
    }

    @Override
    public SortedMap<Integer, NdArray> values() {
        return tensor.values(worker);
    }

    @Override
    public SortedMap<Integer, NdArray> values(String otherWorker) {
        return tensor.values(otherWorker);
    }

    @Override
    public String toString() {
        return "Tensor[" + tensor.name() + " from " + worker + "]";
    }
}
