// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import dev.boostscope.core.StepNotYetAvailableException;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A tensor of a {@link StorageTrial}: a name id into the trial's index. Values are located in the index under its lock,
 * then read outside it.
 *
 * <p>Thread-safe.
 */
final class StorageTensor implements Tensor {
    private final StorageTrial trial;
    private final int id;
    private final String name;

    StorageTensor(StorageTrial trial, int id, String name) {
        this.trial = trial;
        this.id = id;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Integer> steps() {
        return steps(Mode.GLOBAL);
    }

    @Override
    public List<Integer> steps(Mode mode) {
        Objects.requireNonNull(mode, "mode");
        return IntListView.wrap(trial.index().tensorSteps(id, mode));
    }

    @Override
    public List<String> workers(int step) {
        return trial.index().workersOf(id, step);
    }

    @Override
    public NdArray value(int step) {
        return value(step, Mode.GLOBAL, null);
    }

    @Override
    public NdArray value(int step, Mode mode, @Nullable String worker) {
        Objects.requireNonNull(mode, "mode");
        trial.checkWorker(worker);
        Location location;
        try {
            location = trial.index().locate(id, step, mode, worker);
        } catch (StepNotYetAvailableException e) {
            if (!trial.refreshOnMiss()) {
                throw e;
            }
            location = trial.index().locate(id, step, mode, worker);
        }
        return trial.reader().read(location);
    }

    @Override
    public SortedMap<Integer, NdArray> values() {
        return read(null);
    }

    @Override
    public SortedMap<Integer, NdArray> values(String worker) {
        trial.checkWorker(Objects.requireNonNull(worker, "worker"));
        return read(worker);
    }

    @Override
    public String toString() {
        return "Tensor[" + name + " of " + trial.uri() + "]";
    }

    private SortedMap<Integer, NdArray> read(@Nullable String worker) {
        List<Location> locations = trial.index().locateAll(id, worker);
        List<NdArray> values = trial.reader().readAll(locations);
        TreeMap<Integer, NdArray> out = new TreeMap<>();
        for (int i = 0; i < locations.size(); i++) {
            out.put(locations.get(i).step(), values.get(i));
        }
        return Collections.unmodifiableSortedMap(out);
    }
}
