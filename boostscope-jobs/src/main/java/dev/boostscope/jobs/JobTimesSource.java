// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs;

import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;

/**
 * The clock job files are stamped with: the system clock to the millisecond, as SageMaker's timestamps.
 *
 * <p>Thread-safe.
 */
final class JobTimesSource {
    static final InstantSource MILLIS = () -> Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private JobTimesSource() {
    }
}
