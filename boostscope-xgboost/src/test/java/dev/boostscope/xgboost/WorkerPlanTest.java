// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/** Who writes what in a distributed run (smdebug spec §1.4), plus the end-marker barrier. */
final class WorkerPlanTest {

    @Test
    void of_singleProcess_writesAsWorkerZero() {
        assertThat(WorkerPlan.of(IncludeWorkers.ALL, 0, 1))
                .isEqualTo(new WorkerPlan(true, "worker_0", 1, true, false));
    }

    @Test
    void of_allWorkers_eachRankWritesAndRecordsTheWorldSize() {
        assertThat(WorkerPlan.of(IncludeWorkers.ALL, 0, 3))
                .isEqualTo(new WorkerPlan(true, "worker_0", 3, true, true));
        assertThat(WorkerPlan.of(IncludeWorkers.ALL, 2, 3))
                .isEqualTo(new WorkerPlan(true, "worker_2", 3, false, true));
    }

    @Test
    void of_oneWorker_onlyRankZeroWritesAndRecordsOne() {
        assertThat(WorkerPlan.of(IncludeWorkers.ONE, 0, 2))
                .isEqualTo(new WorkerPlan(true, "worker_0", 1, true, false));
        assertThat(WorkerPlan.of(IncludeWorkers.ONE, 1, 2))
                .isEqualTo(new WorkerPlan(false, "worker_1", 1, false, false));
    }

    @Test
    @DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
    void detect_withoutCollective_isASingleProcess() {
        Collective collective = Collective.detect();

        assertThat(collective.worldSize()).isEqualTo(1);
        assertThat(collective.rank()).isZero();
        assertThat(collective.anyTrue(true)).isTrue();
    }
}
