// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.runs;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One run the dashboard knows: its id in URLs, what it is, and where its trial lives.
 *
 * <p>Immutable.
 *
 * @param id the URL-safe id: letters, digits and {@code . _ ~ -}
 * @param kind a job or a bare trial
 * @param name the name to show: the job's name, or the trial's path under its root
 * @param trialUri where the trial is (or will be, for a job that has not saved a step yet)
 * @param jobFolder the job's folder, or null for a bare trial
 */
public record RunRef(String id, RunKind kind, String name, URI trialUri, @Nullable Path jobFolder) {

    /**
     * Validates.
     *
     * @param id the id
     * @param kind the kind
     * @param name the name
     * @param trialUri the trial's location
     * @param jobFolder the job's folder, or null
     * @throws IllegalArgumentException if the id is not URL-safe, or a job has no folder
     */
    public RunRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(trialUri, "trialUri");
        if (!RunIds.isValid(id)) {
            throw new IllegalArgumentException("run id must be letters, digits and '._~-' without '..': '" + id + "'");
        }
        if ((kind == RunKind.JOB) != (jobFolder != null)) {
            throw new IllegalArgumentException("a job run needs its folder, a trial run has none: " + kind);
        }
    }

    /**
     * Returns the job's folder.
     *
     * @return the folder, or empty for a bare trial
     */
    public Optional<Path> job() {
        return Optional.ofNullable(jobFolder);
    }
}
