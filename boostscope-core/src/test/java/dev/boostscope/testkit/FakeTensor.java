// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.testkit;

import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import dev.boostscope.core.StepUnavailableException;
import dev.boostscope.trial.Tensor;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One tensor of a {@link FakeTrial}; reads the trial's store on each call, so it sees steps added later.
 *
 * <p>Thread-safe.
 */
final class FakeTensor implements Tensor {
    private final FakeStore store;
    private final String name;

    FakeTensor(FakeStore store, String name) {
        this.store = store;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Integer> steps() {
        return store.completeSteps(name);
    }

    @Override
    public List<Integer> steps(Mode mode) {
        return mode == Mode.GLOBAL ? steps() : List.of();
    }

    @Override
    public List<String> workers(int step) {
        return store.workersOf(name, step);
    }

    @Override
    public NdArray value(int step) {
        return store.value(name, step, null);
    }

    @Override
    public NdArray value(int step, Mode mode, @Nullable String worker) {
        if (mode != Mode.GLOBAL) {
            throw new StepUnavailableException(String.format(Locale.ROOT,
                    "step %d of mode %s was not saved: a fake trial holds GLOBAL steps only", step, mode));
        }
        return store.value(name, step, worker);
    }

    @Override
    public SortedMap<Integer, NdArray> values() {
        SortedMap<Integer, NdArray> values = new TreeMap<>();
        for (int step : steps()) {
            values.put(step, store.value(name, step, null));
        }
        return Collections.unmodifiableSortedMap(values);
    }

    @Override
    public SortedMap<Integer, NdArray> values(String worker) {
        store.checkWorker(worker);
        SortedMap<Integer, NdArray> values = new TreeMap<>();
        for (int step : steps()) {
            if (workers(step).contains(worker)) {
                values.put(step, store.value(name, step, worker));
            }
        }
        return Collections.unmodifiableSortedMap(values);
    }

    @Override
    public String toString() {
        return "FakeTensor[" + name + "]";
    }
}
