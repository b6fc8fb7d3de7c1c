// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.runs;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Lists the jobs of a jobs home as runs.
 *
 * <p>Thread-safe.
 */
final class JobFolders {
    private final Path home;

    JobFolders(Path home) {
        this.home = home;
    }

    Path home() {
        return home;
    }

    List<RunListing> list(Set<String> taken) {
        // PLACEHOLDER until boostscope-jobs lands on main (issue 6)
        return List.of();
    }
}
