// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.action;

import java.time.Duration;
import java.util.Objects;

/**
 * How webhook deliveries are retried: up to {@code maxAttempts} attempts, waiting {@code initialBackoff} before the
 * second, then twice as long before each next one, never more than {@code maxBackoff}.
 *
 * @param maxAttempts attempts in all, at least 1
 * @param initialBackoff delay before the second attempt, not negative
 * @param maxBackoff the longest delay, at least {@code initialBackoff}
 *
 * <p>Immutable.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
    /** Five attempts, 1 s then 2, 4, 8 s. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30));

    /**
     * Validates the policy.
     *
     * @param maxAttempts attempts in all
     * @param initialBackoff first delay
     * @param maxBackoff largest delay
     * @throws IllegalArgumentException if a value is out of range
     */
    public RetryPolicy {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        if (initialBackoff.isNegative()) {
            throw new IllegalArgumentException("initialBackoff must not be negative: " + initialBackoff);
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff must be at least initialBackoff " + initialBackoff
                    + ": " + maxBackoff);
        }
    }

    /**
     * Returns the delay before an attempt.
     *
     * @param attempt the attempt number, 2 or more
     * @return {@code initialBackoff * 2^(attempt - 2)}, capped at {@code maxBackoff}
     */
    public Duration delayBefore(int attempt) {
        Duration delay = initialBackoff;
        for (int i = 2; i < attempt && delay.compareTo(maxBackoff) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}
