// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.runs;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A run as the runs list shows it: its reference and its status at the last look.
 *
 * <p>Immutable.
 *
 * @param run the run
 * @param status a job's {@code TrainingJobStatus}; for a bare trial {@code Completed} once its end marker exists,
 *     else {@code InProgress}
 * @param secondaryStatus a job's {@code SecondaryStatus}, or null for a bare trial
 */
public record RunListing(RunRef run, String status, @Nullable String secondaryStatus) {

    /**
     * Validates.
     *
     * @param run the run
     * @param status the status
     * @param secondaryStatus the secondary status, or null
     */
    public RunListing {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(status, "status");
    }
}
