// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.live;

import dev.boostscope.app.dashboard.runs.RunRef;
import dev.boostscope.trial.Trial;
import java.util.Optional;

/**
 * Computes what is pushed to the pages watching a run. Calls block on storage.
 *
 * <p>Implementations are thread-safe.
 */
public interface RunFeed {

    /**
     * Returns the payload of a {@code step} event: what a page needs to show a step that just landed.
     *
     * @param trial the run's trial
     * @param step the complete step
     * @param latest whether no newer step is waiting to be pushed; when false (the pages are behind), the feed may
     *     leave out what only the newest step needs, so that a backlog drains fast
     * @return an object serialised to JSON
     */
    Object step(Trial trial, int step, boolean latest);

    /**
     * Returns the payload of a {@code job} event: the job's status now. The hub pushes it when it differs
     * ({@code equals}) from the last one pushed.
     *
     * @param run the run
     * @return an object serialised to JSON, or empty for a run that is not a job
     */
    Optional<Object> job(RunRef run);
}
