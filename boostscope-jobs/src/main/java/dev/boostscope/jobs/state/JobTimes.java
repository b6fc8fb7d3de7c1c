// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.state;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A job's timestamps, as DescribeTrainingJob names them.
 *
 * @param creationTime when the job was created
 * @param trainingStartTime when the job entered Training, or null before
 * @param trainingEndTime when the job ended, or null before
 * @param lastModifiedTime when the status last changed
 *
 * <p>Immutable.
 */
public record JobTimes(Instant creationTime, @Nullable Instant trainingStartTime, @Nullable Instant trainingEndTime,
        Instant lastModifiedTime) {

    /**
     * Validates.
     *
     * @param creationTime when the job was created
     * @param trainingStartTime when training started, or null
     * @param trainingEndTime when the job ended, or null
     * @param lastModifiedTime when the status last changed
     */
    public JobTimes {
        Objects.requireNonNull(creationTime, "creationTime");
        Objects.requireNonNull(lastModifiedTime, "lastModifiedTime");
    }

    /**
     * Returns when training started.
     *
     * @return the time, or empty before Training
     */
    public Optional<Instant> trainingStart() {
        return Optional.ofNullable(trainingStartTime);
    }

    /**
     * Returns when the job ended.
     *
     * @return the time, or empty while it runs
     */
    public Optional<Instant> trainingEnd() {
        return Optional.ofNullable(trainingEndTime);
    }

    static JobTimes createdAt(Instant now) {
        return new JobTimes(now, null, null, now);
    }

    JobTimes entering(SecondaryStatus next, Instant now) {
        Instant start = trainingStartTime == null && next == SecondaryStatus.TRAINING ? now : trainingStartTime;
        Instant end = next.isTerminal() ? now : trainingEndTime;
        return new JobTimes(creationTime, start, end, now);
    }

    JobTimes touched(Instant now) {
        return new JobTimes(creationTime, trainingStartTime, trainingEndTime, now);
    }
}
