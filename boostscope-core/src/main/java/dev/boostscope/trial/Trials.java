// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.storage.Storage;
import dev.boostscope.core.storage.Storages;
import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * Opens {@link Trial}s: the analysis side's entry point (smdebug's {@code create_trial}).
 *
 * <p>Opening reads every index file already there (not the values) and, unless training has ended, starts one
 * background daemon thread that follows the trial as it grows. {@link #open(URI)} fails with
 * {@link dev.boostscope.core.TrialNotFoundException} when nothing is at the location; to follow a job that has not
 * started writing yet, use {@link Builder#allowEmpty(boolean)}.
 *
 * <pre>{@code
 * try (Trial trial = Trials.newBuilder(URI.create("s3://bucket/run-7")).allowEmpty(true).open()) {
 *     trial.onStep((t, step) -> System.out.println(t.tensor("train-rmse").value(step)));
 *     trial.waitForSteps(List.of(99), Duration.ofMinutes(10));
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Trials {
    private Trials() {
    }

    /**
     * Opens the trial at a location given by a user: a local path, a {@code file:} URI or {@code s3://bucket/prefix}.
     * Blocks while the index files are read.
     *
     * @param location the location
     * @return the trial; the caller closes it
     * @throws dev.boostscope.core.TrialNotFoundException if nothing is there
     * @throws IllegalArgumentException if the location is blank or its scheme has no storage
     */
    public static Trial open(String location) {
        return open(Storages.parseLocation(location));
    }

    /**
     * Opens the trial at a URI with the default options. Blocks while the index files are read.
     *
     * @param uri a {@code file:} or {@code s3://} URI
     * @return the trial; the caller closes it
     * @throws dev.boostscope.core.TrialNotFoundException if nothing is there
     * @throws IllegalArgumentException if no storage handles the scheme
     */
    public static Trial open(URI uri) {
        return newBuilder(uri).open();
    }

    /**
     * Returns a builder for the trial at a URI; the trial opens (and closes) its storage.
     *
     * @param uri a {@code file:} or {@code s3://} URI
     * @return the builder
     */
    public static Builder newBuilder(URI uri) {
        return new Builder(Objects.requireNonNull(uri, "uri"), null);
    }

    /**
     * Returns a builder for the trial at a location given by a user, as {@link #open(String)} parses it.
     *
     * @param location a local path, {@code file:} URI or {@code s3://bucket/prefix}
     * @return the builder
     * @throws IllegalArgumentException if the location is blank
     */
    public static Builder newBuilder(String location) {
        return newBuilder(Storages.parseLocation(location));
    }

    /**
     * Returns a builder for the trial held by a storage; the trial does not close that storage.
     *
     * @param storage the storage, rooted at the trial
     * @return the builder
     */
    public static Builder newBuilder(Storage storage) {
        return new Builder(Objects.requireNonNull(storage, "storage").uri(), storage);
    }

    /**
     * Returns a view of a trial as one worker wrote it: the view's tensors read that worker's values
     * ({@code value(step)} and {@code values()} read {@code worker}, not the first worker) and list only the global
     * steps that worker saved them at. Steps, workers, collections, completion and subscriptions stay the whole
     * trial's. Rules, views and the dashboard read one worker of a multi-worker trial through it. The worker need not
     * have written yet (a live trial); reading a value of a worker that never wrote fails as
     * {@link Tensor#value(int, dev.boostscope.core.Mode, String)} does. Closing the view does nothing.
     *
     * @param trial the trial; its owner closes it
     * @param worker a worker name, such as {@code worker_1}
     * @return the view, thread-safe as the trial is
     * @throws IllegalArgumentException if the worker name is blank
     */
    public static Trial workerView(Trial trial, String worker) {
        Objects.requireNonNull(trial, "trial");
        if (Objects.requireNonNull(worker, "worker").isBlank()) {
            throw new IllegalArgumentException("worker must not be blank: '" + worker + "'");
        }
        Trial underlying = trial instanceof WorkerTrial view ? view.underlying() : trial;
        return new WorkerTrial(underlying, worker);
    }

    /**
     * Options for opening a trial. Each setter validates its value at once and may be called once.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {
        private final URI uri;
        private final @Nullable Storage storage;
        private @Nullable String name;
        private int firstStep = -1;
        private int endStep = -1;
        private @Nullable Duration pollInterval;
        private @Nullable InstantSource clock;
        private @Nullable Executor executor;
        private @Nullable Boolean allowEmpty;
        private int window = -1;
        private long cacheBytes = -1;

        private Builder(URI uri, @Nullable Storage storage) {
            this.uri = uri;
            this.storage = storage;
        }

        /**
         * Sets the trial's name, shown in messages and listings; by default the last segment of the location.
         *
         * @param name a non-blank name
         * @return this builder
         * @throws IllegalArgumentException if blank
         * @throws IllegalStateException if already set
         */
        public Builder name(String name) {
            requireUnset(this.name == null, "name", this.name);
            if (name.isBlank()) {
                throw new IllegalArgumentException("name must not be blank: '" + name + "'");
            }
            this.name = name;
            return this;
        }

        /**
         * Loads only the steps {@code first <= step < end}, as smdebug's {@code range_steps}.
         *
         * @param first the first global step, non-negative
         * @param end the step after the last, above {@code first}
         * @return this builder
         * @throws IllegalArgumentException if the range is empty or negative
         * @throws IllegalStateException if already set
         */
        public Builder steps(int first, int end) {
            requireUnset(firstStep < 0, "steps", firstStep + ".." + endStep);
            if (first < 0 || end <= first) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "steps must satisfy 0 <= first < end: first %d, end %d", first, end));
            }
            this.firstStep = first;
            this.endStep = end;
            return this;
        }

        /**
         * Sets the longest pause between two looks at storage while nothing arrives (default 2 s). Local folders are
         * also watched, so new steps show at once; this is the safety poll. Storages that cannot be watched (S3) poll
         * every 100 ms while steps arrive and back off to this interval when idle.
         *
         * @param interval a positive duration
         * @return this builder
         * @throws IllegalArgumentException if not positive
         * @throws IllegalStateException if already set
         */
        public Builder pollInterval(Duration interval) {
            requireUnset(pollInterval == null, "pollInterval", pollInterval);
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("poll interval must be positive: " + interval);
            }
            this.pollInterval = interval;
            return this;
        }

        /**
         * Sets the time source of the poll schedule (default the system clock); tests pass a manual clock.
         *
         * @param clock the clock
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder clock(InstantSource clock) {
            requireUnset(this.clock == null, "clock", this.clock);
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the executor of parallel storage reads (index files, bulk values); by default a shared pool of daemon
         * threads that exits when idle.
         *
         * @param executor the executor
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder executor(Executor executor) {
            requireUnset(this.executor == null, "executor", this.executor);
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Sets whether opening succeeds when nothing is at the location yet (a job that has not started), in which
         * case the trial waits for data; by default such an open throws
         * {@link dev.boostscope.core.TrialNotFoundException}.
         *
         * @param allow true to allow an empty location
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder allowEmpty(boolean allow) {
            requireUnset(allowEmpty == null, "allowEmpty", allowEmpty);
            this.allowEmpty = allow;
            return this;
        }

        /**
         * Sets how many incomplete steps (some worker missing) are waited for before the older half is declared
         * complete, as smdebug's {@code INCOMPLETE_STEP_WAIT_WINDOW} (default 1000).
         *
         * @param steps at least 2
         * @return this builder
         * @throws IllegalArgumentException if below 2
         * @throws IllegalStateException if already set
         */
        public Builder incompleteStepWindow(int steps) {
            requireUnset(window < 0, "incompleteStepWindow", window);
            if (steps < 2) {
                throw new IllegalArgumentException("incomplete step window must be at least 2: " + steps);
            }
            this.window = steps;
            return this;
        }

        /**
         * Sets the size of the cache of fetched event bytes (default 32 MiB); 0 disables it.
         *
         * @param bytes non-negative
         * @return this builder
         * @throws IllegalArgumentException if negative
         * @throws IllegalStateException if already set
         */
        public Builder cacheBytes(long bytes) {
            requireUnset(cacheBytes < 0, "cacheBytes", cacheBytes);
            if (bytes < 0) {
                throw new IllegalArgumentException("cache bytes must be non-negative: " + bytes);
            }
            this.cacheBytes = bytes;
            return this;
        }

        /**
         * Opens the trial: reads the index files there, then follows new ones in the background unless training has
         * ended. Blocks on storage.
         *
         * @return the trial; the caller closes it
         * @throws dev.boostscope.core.TrialNotFoundException if nothing is there and empty locations are not allowed
         * @throws dev.boostscope.core.StorageException if storage fails
         */
        public Trial open() {
            TrialConfig defaults = TrialConfig.defaults();
            TrialConfig config = new TrialConfig(name, firstStep < 0 ? 0 : firstStep,
                    endStep < 0 ? Integer.MAX_VALUE : endStep,
                    pollInterval == null ? defaults.pollInterval() : pollInterval,
                    clock == null ? defaults.clock() : clock, executor, allowEmpty != null && allowEmpty,
                    window < 0 ? defaults.incompleteStepWindow() : window,
                    cacheBytes < 0 ? defaults.cacheBytes() : cacheBytes);
            if (storage != null) {
                return StorageTrial.open(storage, false, config);
            }
            Storage opened = Storages.open(uri);
            try {
                return StorageTrial.open(opened, true, config);
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }

        private static void requireUnset(boolean unset, String what, @Nullable Object current) {
            if (!unset) {
                throw new IllegalStateException(what + " was already set to " + current);
            }
        }
    }
}
