// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import java.time.Duration;
import java.util.Objects;

/**
 * What the hook did, for jobs, dashboards and benchmarks.
 *
 * @param stepsCaptured steps captured on the training thread and handed to the writer
 * @param stepsWritten steps written completely (visible to readers)
 * @param stepsDropped steps dropped because the writer's queue stayed full
 * @param stepsSkipped steps not written because the hook had stopped writing after failures
 * @param tensorsWritten tensors in the written steps
 * @param bytesWritten bytes put to storage
 * @param writeFailures writes (or captures) that failed after their retries
 * @param retries retried writes
 * @param queueWaits captured steps that found the writer's queue full and waited for room
 * @param queueWaitTime the total time training waited for room in the queue
 * @param captureTime the total time training spent computing and copying the captured tensors
 * @param disabled whether the hook stopped capturing after failures
 *
 * <p>Immutable.
 */
public record HookStatistics(long stepsCaptured, long stepsWritten, long stepsDropped, long stepsSkipped,
        long tensorsWritten, long bytesWritten, long writeFailures, long retries, long queueWaits,
        Duration queueWaitTime, Duration captureTime, boolean disabled) {
    /** Statistics of a hook that did nothing. */
    public static final HookStatistics NONE =
            new HookStatistics(0, 0, 0, 0, 0, 0, 0, 0, 0, Duration.ZERO, Duration.ZERO, false);

    /**
     * Validates.
     *
     * @param stepsCaptured steps captured
     * @param stepsWritten steps written
     * @param stepsDropped steps dropped
     * @param stepsSkipped steps skipped
     * @param tensorsWritten tensors written
     * @param bytesWritten bytes written
     * @param writeFailures failures
     * @param retries retries
     * @param queueWaits queue waits
     * @param queueWaitTime time waited
     * @param captureTime capture time
     * @param disabled whether disabled
     */
    public HookStatistics {
        Objects.requireNonNull(queueWaitTime, "queueWaitTime");
        Objects.requireNonNull(captureTime, "captureTime");
    }
}
