// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.storage.Storages;
import java.net.URI;

/**
 * Opens {@link Trial}s: the analysis side's entry point (smdebug's {@code create_trial}).
 *
 * <p>Thread-safe.
 */
public final class Trials {
    private Trials() {
    }

    /**
     * Opens the trial at a location given by a user: a local path, a {@code file:} URI or {@code s3://bucket/prefix}.
     *
     * @param location the location
     * @return the trial; the caller closes it
     * @throws dev.boostscope.core.TrialNotFoundException if nothing is there
     */
    public static Trial open(String location) {
        return open(Storages.parseLocation(location));
    }

    /**
     * Opens the trial at a URI.
     *
     * @param uri a {@code file:} or {@code s3://} URI
     * @return the trial; the caller closes it
     * @throws dev.boostscope.core.TrialNotFoundException if nothing is there
     */
    public static Trial open(URI uri) {
        // PLACEHOLDER until the trial reader lands (issue 5): replaced by the index-tailing implementation.
        throw new UnsupportedOperationException("trial reader not built yet: " + uri);
    }
}
