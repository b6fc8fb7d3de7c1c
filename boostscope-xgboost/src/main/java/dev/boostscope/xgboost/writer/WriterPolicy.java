// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.writer;

import java.time.Duration;
import java.util.Objects;

/**
 * How the background writer queues, retries and contains failures.
 *
 * @param queueCapacity the steps that may wait, positive
 * @param offerTimeout how long training waits for room in a full queue before the step is dropped (counted)
 * @param attempts tries per write, positive (1 in fail-fast mode: no retry)
 * @param backoff the delay before the first retry; it doubles per attempt
 * @param maxFailures failed writes (after their retries) after which the writer stops writing, positive
 * @param failFast whether the first failure fails training instead
 *
 * <p>Immutable. Not API.
 */
public record WriterPolicy(int queueCapacity, Duration offerTimeout, int attempts, Duration backoff, int maxFailures,
        boolean failFast) {
    /** Tries per write by default. */
    public static final int DEFAULT_ATTEMPTS = 3;
    /** How long a full queue blocks training by default before the step is dropped. */
    public static final Duration DEFAULT_OFFER_TIMEOUT = Duration.ofSeconds(5);

    /**
     * Validates.
     *
     * @param queueCapacity the capacity
     * @param offerTimeout the wait for room
     * @param attempts the tries per write
     * @param backoff the first retry delay
     * @param maxFailures the failure limit
     * @param failFast strict mode
     */
    public WriterPolicy {
        Objects.requireNonNull(offerTimeout, "offerTimeout");
        Objects.requireNonNull(backoff, "backoff");
        if (queueCapacity <= 0 || attempts <= 0 || maxFailures <= 0) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "queue capacity, attempts and max failures must be positive: %d, %d, %d", queueCapacity,
                    attempts, maxFailures));
        }
    }
}
