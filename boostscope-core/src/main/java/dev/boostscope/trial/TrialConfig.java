// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Trials.Builder} collected, validated.
 *
 * @param name the trial's name, or null for the last segment of its location
 * @param firstStep the first global step loaded (smdebug's {@code range_steps} begin)
 * @param endStep the step after the last one loaded ({@code range_steps} end), exclusive
 * @param pollInterval the longest pause between two looks at storage when nothing happens
 * @param clock the time source of the poll schedule
 * @param executor runs parallel storage reads, or null for the shared pool
 * @param allowEmpty whether opening succeeds with nothing at the location yet
 * @param incompleteStepWindow how many incomplete steps are waited for before the older half is declared complete
 * @param cacheBytes the size of the cache of fetched event bytes; 0 disables it
 *
 * <p>Immutable.
 */
record TrialConfig(@Nullable String name, int firstStep, int endStep, Duration pollInterval, InstantSource clock,
        @Nullable Executor executor, boolean allowEmpty, int incompleteStepWindow, long cacheBytes) {
    static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(2);
    static final int DEFAULT_WINDOW = 1000;
    static final long DEFAULT_CACHE_BYTES = 32L << 20;

    TrialConfig {
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(clock, "clock");
    }

    static TrialConfig defaults() {
        return new TrialConfig(null, 0, Integer.MAX_VALUE, DEFAULT_POLL_INTERVAL, InstantSource.system(), null, false,
                DEFAULT_WINDOW, DEFAULT_CACHE_BYTES);
    }

    boolean inRange(long step) {
        return step >= firstStep && step < endStep;
    }
}
