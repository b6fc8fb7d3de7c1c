// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.api;

import dev.boostscope.app.dashboard.runs.RunListing;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One run of {@code GET /api/runs}.
 *
 * <p>Immutable.
 *
 * @param id the run's id in URLs
 * @param kind {@code job} or {@code trial}
 * @param name the job's name, or the trial's path under its root
 * @param location where the trial is
 * @param status {@code InProgress}, {@code Completed}, {@code Failed}, {@code Stopping} or {@code Stopped}
 * @param secondaryStatus a job's secondary status, or null (left out) for a bare trial
 */
public record RunSummary(String id, String kind, String name, String location, String status,
        @Nullable String secondaryStatus) {

    /**
     * Validates.
     *
     * @param id the id
     * @param kind the kind
     * @param name the name
     * @param location the location
     * @param status the status
     * @param secondaryStatus the secondary status, or null
     */
    public RunSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(status, "status");
    }

    /**
     * Returns the summary of a listed run.
     *
     * @param listing the run and its status
     * @return the summary
     */
    public static RunSummary of(RunListing listing) {
        return new RunSummary(listing.run().id(), listing.run().kind().wireName(), listing.run().name(),
                listing.run().trialUri().toString(), listing.status(), listing.secondaryStatus());
    }
}
