// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An {@link InstantSource} whose time moves only when a test moves it, so that code taking an {@code InstantSource}
 * (timeouts, staleness, refresh intervals) is tested without sleeping.
 *
 * <p>Thread-safe: a test thread may advance it while the code under test reads it.
 */
public final class ManualClock implements InstantSource {
    /** The instant {@link #create()} starts at: 2024-01-01T00:00:00Z. */
    public static final Instant DEFAULT_START = Instant.parse("2024-01-01T00:00:00Z");

    private final AtomicReference<Instant> now;

    private ManualClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /**
     * Returns a clock standing at {@link #DEFAULT_START}.
     *
     * @return a new clock
     */
    public static ManualClock create() {
        return new ManualClock(DEFAULT_START);
    }

    /**
     * Returns a clock standing at an instant.
     *
     * @param start the instant the clock shows until moved
     * @return a new clock
     */
    public static ManualClock at(Instant start) {
        return new ManualClock(Objects.requireNonNull(start, "start"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    /**
     * Moves the clock forward.
     *
     * @param duration how far; zero is allowed
     * @return the new instant
     * @throws IllegalArgumentException if the duration is negative
     */
    public Instant advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "duration must not be negative (a clock only moves forward): %s", duration));
        }
        return now.updateAndGet(instant -> instant.plus(duration));
    }

    /**
     * Moves the clock forward by a number of milliseconds.
     *
     * @param millis how far; zero is allowed
     * @return the new instant
     * @throws IllegalArgumentException if millis is negative
     */
    public Instant advanceMillis(long millis) {
        return advance(Duration.ofMillis(millis));
    }

    /**
     * Sets the clock to an instant, which may be earlier than now (to test code that must survive a clock step).
     *
     * @param instant the new time
     */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    @Override
    public String toString() {
        return "ManualClock[" + now.get() + "]";
    }
}
