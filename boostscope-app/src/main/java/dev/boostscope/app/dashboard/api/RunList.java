// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.api;

import java.util.List;

/**
 * The body of {@code GET /api/runs}.
 *
 * <p>Immutable.
 *
 * @param runs the runs: jobs newest first, then trials by root and path
 */
public record RunList(List<RunSummary> runs) {

    /**
     * Copies.
     *
     * @param runs the runs
     */
    public RunList {
        runs = List.copyOf(runs);
    }
}
