// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that only moves when a test advances it.
 *
 * <p>Thread-safe.
 */
public final class ManualClock implements InstantSource {
    private final AtomicReference<Instant> now;

    /**
     * Creates a clock at an instant.
     *
     * @param start the first instant
     */
    public ManualClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /**
     * Moves the clock forward.
     *
     * @param duration how far
     */
    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
