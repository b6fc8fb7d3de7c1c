// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.BoostscopeException;
import dev.boostscope.core.Mode;
import dev.boostscope.core.format.IndexFile;
import dev.boostscope.core.format.TrialLayout;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The trial's loaded index plus smdebug's completion state, behind one lock: the last complete step, the number of
 * workers, whether all steps are loaded. A step is complete when {@code numWorkers} workers have written it, when a
 * later step is complete, when the incomplete-step window overflows, or once all steps are loaded; so the complete
 * steps are always a prefix of the known steps, up to {@code lastComplete}. Every change bumps a version and wakes the
 * threads waiting on it (subscriptions, {@code waitForSteps}).
 *
 * <p>Thread-safe.
 */
final class TrialIndex {
    private final String uri;
    private final int window;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final StepTable table = new StepTable();
    private int numWorkers;
    private int lastComplete = -1;
    private int tokenStep = -1;
    private boolean loadedAll;
    private boolean closed;
    private long version;

    TrialIndex(String uri, int window) {
        this.uri = uri;
        this.window = window;
    }

    String uri() {
        return uri;
    }

    /**
     * Adds index files; completion is recomputed by {@link #complete()} once the refresh has seen everything.
     *
     * @param batch the parsed files, any order
     * @return how many were new
     */
    int addParts(List<ParsedIndex> batch) {
        return write(() -> {
            int added = 0;
            for (ParsedIndex parsed : batch) {
                added += table.add(parsed.step(), parsed.worker(), parsed.file()) ? 1 : 0;
            }
            return added;
        }, added -> added > 0);
    }

    /**
     * Returns whether completing now would move the last complete step: some step after it has a part from every
     * worker.
     *
     * @return true if a step after the last complete one is complete
     */
    boolean wouldAdvance() {
        return read(() -> {
            if (numWorkers == 0 || loadedAll) {
                return false;
            }
            for (int i = table.upperBound(lastComplete); i < table.size(); i++) {
                if (table.record(i).partCount() >= numWorkers) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * Returns whether completing now would declare a step complete that some worker has not written, because a later
     * step is complete. A listing taken while files land may miss one file yet return later ones (a directory read is
     * not a snapshot), so the tailer lists once more before completing over such a gap.
     *
     * @return true if an incomplete step lies below the newest step all workers wrote
     */
    boolean wouldCompleteOverGap() {
        return read(() -> {
            if (numWorkers == 0 || loadedAll) {
                return false;
            }
            boolean gap = false;
            for (int i = table.upperBound(lastComplete); i < table.size(); i++) {
                if (table.record(i).partCount() >= numWorkers) {
                    if (gap) {
                        return true;
                    }
                } else {
                    gap = true;
                }
            }
            return false;
        });
    }

    /**
     * Recomputes the last complete step from the parts loaded and the number of workers.
     *
     * @return whether it moved
     */
    boolean complete() {
        return write(() -> {
            int before = lastComplete;
            updateCompletion();
            return lastComplete != before;
        }, moved -> moved);
    }

    boolean hasPart(int step, String worker) {
        return read(() -> table.hasPart(step, worker));
    }

    /**
     * Sets how many workers write the trial (from the collections files) and the workers they name; completion follows
     * at the next {@link #complete()}.
     *
     * @param count the number of workers; 0 if not known yet
     * @param names worker names seen in collections files
     */
    void setWorkers(int count, Collection<String> names) {
        write(() -> {
            boolean change = count != numWorkers;
            for (String name : names) {
                change |= table.workers.find(name) < 0;
                table.workers.intern(name);
            }
            numWorkers = count;
            return change;
        }, change -> change);
    }

    /** Marks every known step complete: the end marker was seen and the final listing done. */
    void markLoadedAll() {
        write(() -> {
            loadedAll = true;
            lastComplete = Math.max(lastComplete, table.size() == 0 ? -1 : table.step(table.size() - 1));
            return true;
        }, change -> change);
    }

    void close() {
        write(() -> closed = true, change -> true);
    }

    /** Wakes waiters without a change to the index (a new subscription, say). */
    void touch() {
        write(() -> true, change -> true);
    }

    boolean loadedAll() {
        return read(() -> loadedAll);
    }

    boolean closed() {
        return read(() -> closed);
    }

    long version() {
        return read(() -> version);
    }

    /**
     * Waits until the version moves past one seen, the index is closed, or the time is up.
     *
     * @param seen the version seen
     * @param nanos the most to wait
     * @return the current version
     * @throws InterruptedException if interrupted while waiting
     */
    long awaitChange(long seen, long nanos) throws InterruptedException {
        lock.lock();
        try {
            long left = nanos;
            while (version == seen && !closed && left > 0) {
                left = changed.awaitNanos(left);
            }
            return version;
        } finally {
            lock.unlock();
        }
    }

    OptionalInt lastComplete() {
        return read(() -> lastComplete < 0 ? OptionalInt.empty() : OptionalInt.of(lastComplete));
    }

    /**
     * Returns the listing token: the key of the last complete step with the last worker name, as smdebug keeps it, so
     * that index files of later, incomplete steps are listed again until they complete. Marking all steps loaded does
     * not move it.
     *
     * @return the key, or null while no step is complete
     */
    @Nullable String token() {
        return read(() -> {
            if (tokenStep < 0 || table.workers.size() == 0) {
                return null;
            }
            String last = table.workers.names().stream().max(String::compareTo).orElseThrow();
            return TrialLayout.indexKey(tokenStep, last);
        });
    }

    int maxKnownStep() {
        return read(() -> table.size() == 0 ? -1 : table.step(table.size() - 1));
    }

    int[] completeSteps() {
        return read(() -> table.stepsUpTo(completeCount()));
    }

    int[] allSteps() {
        return read(() -> table.stepsUpTo(table.size()));
    }

    /**
     * Returns the complete steps after one, for a subscription catching up.
     *
     * @param after the last step delivered
     * @return the complete steps above it, ascending
     */
    int[] completeStepsAfter(int after) {
        return read(() -> {
            int from = after == Integer.MIN_VALUE ? 0 : table.upperBound(after);
            int to = completeCount();
            int[] out = new int[Math.max(0, to - from)];
            for (int i = 0; i < out.length; i++) {
                out[i] = table.step(from + i);
            }
            return out;
        });
    }

    int[] completeSteps(Mode mode) {
        if (mode == Mode.GLOBAL) {
            return completeSteps();
        }
        return read(() -> StepQueries.modeSteps(table, completeCount(), mode, -1));
    }

    StepState state(int step, Mode mode) {
        return read(() -> StepQueries.state(table, step, mode, lastComplete, loadedAll));
    }

    List<String> tensorNames() {
        return read(() -> table.tensors.names());
    }

    int tensorCount() {
        return read(() -> table.tensors.size());
    }

    int tensorId(String name) {
        return read(() -> table.tensors.find(name));
    }

    List<String> workers() {
        return read(() -> table.workers.names().stream().sorted().toList());
    }

    int[] tensorSteps(int tensorId, Mode mode) {
        return read(() -> {
            IntList steps = table.stepsOf(tensorId);
            int count = loadedAll ? steps.size() : steps.countAtMost(lastComplete);
            if (mode == Mode.GLOBAL) {
                return steps.toArray(count);
            }
            return StepQueries.modeSteps(table, completeCount(), mode, tensorId);
        });
    }

    List<String> workersOf(int tensorId, int step) {
        return read(() -> StepQueries.workersOf(table, tensorId, step));
    }

    /**
     * Locates a tensor's value, or throws the exception smdebug would.
     *
     * @param tensorId the tensor
     * @param step the step in the mode's numbering
     * @param mode the mode
     * @param worker the worker, or null for the first (by name) that saved it
     * @return the location
     */
    Location locate(int tensorId, int step, Mode mode, @Nullable String worker) {
        return read(() -> {
            String tensor = table.tensors.name(tensorId);
            int global = mode == Mode.GLOBAL ? step : table.modeSteps(mode).globalOf(step);
            StepRecord record = global < 0 ? null : table.find(global);
            if (record == null || !complete(record.step)) {
                throw stepException(tensor, step, mode);
            }
            Location location = StepQueries.location(table, record, tensorId, worker);
            if (location == null) {
                throw TrialMessages.notAtStep(uri, tensor, step, mode, worker);
            }
            return location;
        });
    }

    /**
     * Locates a tensor's value at every complete step, from one worker or the first that saved it.
     *
     * @param tensorId the tensor
     * @param worker the worker, or null for the first (by name) at each step
     * @return the locations, by ascending step
     */
    List<Location> locateAll(int tensorId, @Nullable String worker) {
        return read(() -> {
            int[] steps = tensorSteps(tensorId, Mode.GLOBAL);
            List<Location> out = new ArrayList<>(steps.length);
            for (int step : steps) {
                Location location = StepQueries.location(table, table.find(step), tensorId, worker);
                if (location != null) {
                    out.add(location);
                }
            }
            return out;
        });
    }

    /**
     * Returns the exception for a step that is not available, by its state.
     *
     * @param tensor the tensor name, or null for a trial-level wait
     * @param step the step in the mode's numbering
     * @param mode the mode
     * @return the exception to throw
     */
    BoostscopeException stepException(@Nullable String tensor, int step, Mode mode) {
        return read(() -> {
            StepState state = StepQueries.state(table, step, mode, lastComplete, loadedAll);
            if (state == StepState.NOT_YET_AVAILABLE) {
                return TrialMessages.notYet(uri, tensor, step, mode, lastComplete);
            }
            int lastStep = StepQueries.lastKnown(table, mode);
            if (loadedAll && step > lastStep) {
                return TrialMessages.noMoreData(uri, tensor, step, mode, lastStep);
            }
            return TrialMessages.unavailable(uri, tensor, step, mode, lastComplete);
        });
    }

    private boolean complete(int step) {
        return loadedAll || step <= lastComplete;
    }

    private int completeCount() {
        return loadedAll ? table.size() : table.upperBound(lastComplete);
    }

    private void updateCompletion() {
        if (loadedAll) {
            return;
        }
        int next = table.upperBound(lastComplete);
        if (numWorkers > 0) {
            for (int i = next; i < table.size(); i++) {
                if (table.record(i).partCount() >= numWorkers) {
                    lastComplete = table.step(i);
                    next = i + 1;
                }
            }
        }
        while (table.size() - next > window) {
            next += Math.max(1, window / 2);
            lastComplete = table.step(next - 1);
        }
        tokenStep = lastComplete;
    }

    private <T> T read(Supplier<T> query) {
        lock.lock();
        try {
            return query.get();
        } finally {
            lock.unlock();
        }
    }

    private <T> T write(Supplier<T> update, Function<T, Boolean> changes) {
        lock.lock();
        try {
            T result = update.get();
            if (changes.apply(result)) {
                version++;
                changed.signalAll();
            }
            return result;
        } finally {
            lock.unlock();
        }
    }

    /**
     * One parsed index file.
     *
     * @param step the global step, from the key
     * @param worker the worker, from the key
     * @param file the parsed file
     */
    record ParsedIndex(int step, String worker, IndexFile file) {
    }
}
