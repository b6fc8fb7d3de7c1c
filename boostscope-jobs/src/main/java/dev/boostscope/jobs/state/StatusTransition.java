// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.state;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a job's {@code SecondaryStatusTransitions}: a detailed status, when it began and ended, and what
 * happened.
 *
 * @param status the detailed status
 * @param startTime when the job entered it
 * @param endTime when the job left it; null while it is the current one (terminal statuses end when they start)
 * @param statusMessage what happened, for people
 *
 * <p>Immutable.
 */
public record StatusTransition(SecondaryStatus status, Instant startTime, @Nullable Instant endTime,
        String statusMessage) {

    /**
     * Validates.
     *
     * @param status the detailed status
     * @param startTime when the job entered it
     * @param endTime when it left it, or null
     * @param statusMessage what happened
     */
    public StatusTransition {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(statusMessage, "statusMessage");
    }

    /**
     * Returns when the job left this status.
     *
     * @return the end time, or empty while it is current
     */
    public Optional<Instant> end() {
        return Optional.ofNullable(endTime);
    }

    StatusTransition endedAt(Instant time) {
        return endTime != null ? this : new StatusTransition(status, startTime, time, statusMessage);
    }
}
