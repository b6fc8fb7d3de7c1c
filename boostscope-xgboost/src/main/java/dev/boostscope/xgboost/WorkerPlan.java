// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import dev.boostscope.core.format.TrialLayout;

/**
 * What this process writes in a (possibly distributed) run, as smdebug decides it (spec §1.4): with one process it
 * writes as {@code worker_0}; distributed with {@link IncludeWorkers#ALL}, every rank writes as
 * {@code worker_<rank>} and records the world size as {@code num_workers}; with {@link IncludeWorkers#ONE}, only rank
 * 0 writes, recording one worker. Unlike smdebug, only rank 0 writes the end marker, after a barrier, so a reader never
 * sees the marker before every worker's last step.
 *
 * @param writes whether this process writes steps and collections
 * @param worker the worker name
 * @param numWorkers the number of workers recorded in the collections file
 * @param writesEndMarker whether this process writes the end marker
 * @param barrierBeforeEnd whether every process waits for the others before the end marker is written
 *
 * <p>Immutable.
 */
record WorkerPlan(boolean writes, String worker, int numWorkers, boolean writesEndMarker, boolean barrierBeforeEnd) {

    static WorkerPlan of(IncludeWorkers include, int rank, int worldSize) {
        if (worldSize <= 1) {
            return new WorkerPlan(true, TrialLayout.workerName(0), 1, true, false);
        }
        String worker = TrialLayout.workerName(rank);
        if (include == IncludeWorkers.ALL) {
            return new WorkerPlan(true, worker, worldSize, rank == 0, true);
        }
        return new WorkerPlan(rank == 0, worker, 1, rank == 0, false);
    }
}
