// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.testkit;

import dev.boostscope.core.NdArray;
import dev.boostscope.core.NoMoreDataException;
import dev.boostscope.core.StepNotYetAvailableException;
import dev.boostscope.core.StepUnavailableException;
import dev.boostscope.core.TensorUnavailableException;
import dev.boostscope.trial.StepState;
import dev.boostscope.trial.TensorCollection;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The state behind a {@link FakeTrial}: steps by worker, collections, the end of training, and the completion rule.
 *
 * <p>Thread-safe: every method takes the store's monitor, which waiters also use.
 */
final class FakeStore {
    private final String trialName;
    private final URI uri;
    private final List<String> workers;
    /** Step, then worker (name order), then tensor name. */
    private final NavigableMap<Integer, NavigableMap<String, Map<String, NdArray>>> data = new TreeMap<>();
    private final Map<String, TensorCollection> collections = new TreeMap<>();
    private boolean finished;
    private boolean closed;
    /** The newest step every worker has added, or {@code Integer.MIN_VALUE}. */
    private int lastFullStep = Integer.MIN_VALUE;

    FakeStore(String trialName, URI uri, List<String> workers) {
        this.trialName = trialName;
        this.uri = uri;
        this.workers = List.copyOf(new TreeSet<>(workers));
    }

    List<String> declaredWorkers() {
        return workers;
    }

    synchronized void add(int step, String worker, Map<String, NdArray> tensors) {
        checkOpen();
        if (finished) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "training of trial '%s' has finished: cannot add step %d", trialName, step));
        }
        NavigableMap<String, Map<String, NdArray>> byWorker = data.computeIfAbsent(step, s -> new TreeMap<>());
        if (byWorker.putIfAbsent(worker, Map.copyOf(tensors)) != null) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "step %d of worker '%s' already added to trial '%s'", step, worker, trialName));
        }
        if (byWorker.keySet().containsAll(workers)) {
            lastFullStep = Math.max(lastFullStep, step);
        }
        notifyAll();
    }

    synchronized void addCollection(TensorCollection collection) {
        checkOpen();
        collections.put(collection.name(), collection);
    }

    synchronized void finish() {
        checkOpen();
        finished = true;
        notifyAll();
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }

    synchronized boolean finished() {
        checkOpen();
        return finished;
    }

    synchronized boolean finishedAndOpen() {
        return finished && !closed;
    }

    synchronized List<Integer> completeSteps(@Nullable String tensorName) {
        checkOpen();
        List<Integer> steps = new ArrayList<>();
        data.forEach((step, byWorker) -> {
            if (isComplete(step) && (tensorName == null || holds(byWorker, tensorName))) {
                steps.add(step);
            }
        });
        return List.copyOf(steps);
    }

    synchronized List<String> tensorNames() {
        checkOpen();
        Set<String> names = new TreeSet<>();
        data.values().forEach(byWorker -> byWorker.values().forEach(tensors -> names.addAll(tensors.keySet())));
        return List.copyOf(names);
    }

    synchronized Map<String, TensorCollection> collections() {
        checkOpen();
        return Map.copyOf(collections);
    }

    synchronized List<String> writers() {
        checkOpen();
        return data.isEmpty() && collections.isEmpty() ? List.of() : workers;
    }

    synchronized List<String> workersOf(String tensorName, int step) {
        checkOpen();
        NavigableMap<String, Map<String, NdArray>> byWorker = data.get(step);
        if (byWorker == null) {
            return List.of();
        }
        return byWorker.entrySet().stream().filter(e -> e.getValue().containsKey(tensorName))
                .map(Map.Entry::getKey).toList();
    }

    synchronized OptionalInt lastComplete() {
        checkOpen();
        if (finished) {
            return data.isEmpty() ? OptionalInt.empty() : OptionalInt.of(data.lastKey());
        }
        return lastFullStep == Integer.MIN_VALUE ? OptionalInt.empty() : OptionalInt.of(lastFullStep);
    }

    synchronized StepState stateOf(int step) {
        checkOpen();
        if (data.containsKey(step)) {
            return isComplete(step) ? StepState.AVAILABLE : StepState.NOT_YET_AVAILABLE;
        }
        OptionalInt last = lastComplete();
        if (finished || last.isPresent() && last.getAsInt() > step) {
            return StepState.UNAVAILABLE;
        }
        return StepState.NOT_YET_AVAILABLE;
    }

    /** Returns the first complete step after a cursor, or null when there is none or the trial is closed. */
    synchronized @Nullable Integer nextCompleteStepAfter(int cursor) {
        if (closed) {
            return null;
        }
        Integer next = data.higherKey(cursor);
        return next != null && isComplete(next) ? next : null;
    }

    synchronized void awaitStep(int step, long deadlineNanos) {
        while (true) {
            StepState state = stateOf(step);
            if (state == StepState.AVAILABLE) {
                return;
            }
            if (state == StepState.UNAVAILABLE) {
                throw unavailable(step);
            }
            long remainingMillis = (deadlineNanos - System.nanoTime()) / 1_000_000;
            if (remainingMillis <= 0) {
                throw new StepNotYetAvailableException(String.format(Locale.ROOT,
                        "step %d of trial %s not yet written", step, uri));
            }
            waitMillis(remainingMillis);
        }
    }

    synchronized NdArray value(String tensorName, int step, @Nullable String worker) {
        checkOpen();
        checkWorker(worker);
        NavigableMap<String, Map<String, NdArray>> byWorker = data.get(step);
        if (byWorker == null) {
            throw stateOf(step) == StepState.UNAVAILABLE ? unavailable(step)
                    : new StepNotYetAvailableException(String.format(Locale.ROOT,
                            "step %d of '%s' not yet written to %s", step, tensorName, uri));
        }
        if (!isComplete(step)) {
            throw new StepNotYetAvailableException(String.format(Locale.ROOT,
                    "step %d of '%s' not yet complete in %s", step, tensorName, uri));
        }
        for (Map.Entry<String, Map<String, NdArray>> entry : byWorker.entrySet()) {
            NdArray value = entry.getValue().get(tensorName);
            if (value != null && (worker == null || worker.equals(entry.getKey()))) {
                return value;
            }
        }
        throw new TensorUnavailableException(String.format(Locale.ROOT, "tensor '%s' was not saved at step %d%s in %s",
                tensorName, step, worker == null ? "" : " by " + worker, uri));
    }

    void checkWorker(@Nullable String worker) {
        if (worker != null && !workers.contains(worker)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "worker must be one of %s: '%s'", workers, worker));
        }
    }

    synchronized void checkOpen() {
        if (closed) {
            throw new IllegalStateException("trial '" + trialName + "' is closed");
        }
    }

    private boolean isComplete(int step) {
        return finished || step <= lastFullStep;
    }

    private static boolean holds(Map<String, Map<String, NdArray>> byWorker, String tensorName) {
        return byWorker.values().stream().anyMatch(tensors -> tensors.containsKey(tensorName));
    }

    private RuntimeException unavailable(int step) {
        if (finished && (data.isEmpty() || step > data.lastKey())) {
            return new NoMoreDataException(String.format(Locale.ROOT,
                    "training of %s ended before step %d (last step: %s)", uri, step,
                    data.isEmpty() ? "none" : data.lastKey()));
        }
        return new StepUnavailableException(String.format(Locale.ROOT, "step %d was not saved in %s", step, uri));
    }

    private void waitMillis(long millis) {
        try {
            wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StepNotYetAvailableException("interrupted while waiting for steps of " + uri, e);
        }
    }
}
