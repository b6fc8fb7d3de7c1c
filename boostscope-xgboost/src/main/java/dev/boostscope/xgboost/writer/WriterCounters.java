// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.writer;

import java.time.Duration;

/**
 * A snapshot of the background writer's counters.
 *
 * @param stepsSubmitted steps handed to the writer
 * @param stepsWritten steps whose index was written (visible to readers)
 * @param stepsDropped steps dropped because the queue stayed full
 * @param stepsSkipped steps not written because the writer had stopped after too many failures
 * @param tensorsWritten tensors in the written steps
 * @param bytesWritten bytes put to storage (events, indexes, collections, end marker)
 * @param failures writes that failed after their retries
 * @param retries retried writes
 * @param queueWaits submissions that found the queue full and waited
 * @param queueWaitTime the total time training waited for room
 * @param disabled whether the writer stopped writing after too many failures
 *
 * <p>Immutable. Not API.
 */
public record WriterCounters(long stepsSubmitted, long stepsWritten, long stepsDropped, long stepsSkipped,
        long tensorsWritten, long bytesWritten, long failures, long retries, long queueWaits, Duration queueWaitTime,
        boolean disabled) {
}
