// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.jspecify.annotations.Nullable;

/**
 * When to look at storage next: every {@code fast} while data keeps arriving (within {@code fastWindow} of the last
 * arrival), then doubling the pause up to {@code slow} while nothing arrives.
 *
 * <p>Not thread-safe: used by the refresher thread alone.
 */
final class PollSchedule {
    private final Duration fast;
    private final Duration slow;
    private final Duration fastWindow;
    private final InstantSource clock;
    private @Nullable Instant lastArrival;
    private Duration current;

    PollSchedule(Duration fast, Duration slow, Duration fastWindow, InstantSource clock) {
        this.fast = fast.compareTo(slow) < 0 ? fast : slow;
        this.slow = slow;
        this.fastWindow = fastWindow;
        this.clock = clock;
        this.current = this.fast;
    }

    /**
     * Returns the schedule for a storage: a watched one needs polls only as a safety net (every second for 5 s after a
     * step, then backing off); one that cannot be watched polls every 100 ms for 10 s after a step.
     *
     * @param watched whether storage pushes changes
     * @param slow the longest pause
     * @param clock the time source
     * @return the schedule
     */
    static PollSchedule forStorage(boolean watched, Duration slow, InstantSource clock) {
        return watched ? new PollSchedule(Duration.ofSeconds(1), slow, Duration.ofSeconds(5), clock)
                : new PollSchedule(Duration.ofMillis(100), slow, Duration.ofSeconds(10), clock);
    }

    /**
     * Returns the pause before the next look.
     *
     * @param found whether the look just done found new data
     * @return the pause
     */
    Duration next(boolean found) {
        Instant now = clock.instant();
        if (found) {
            lastArrival = now;
        }
        if (lastArrival != null && now.isBefore(lastArrival.plus(fastWindow))) {
            current = fast;
            return fast;
        }
        Duration doubled = current.multipliedBy(2);
        current = doubled.compareTo(slow) < 0 ? doubled : slow;
        return current;
    }
}
