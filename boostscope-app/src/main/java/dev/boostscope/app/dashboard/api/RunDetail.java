// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code GET /api/runs/{id}}.
 *
 * <p>Immutable (the job node is a copy no one else holds).
 *
 * @param run the run as the list shows it
 * @param trial what the trial holds, or null (left out) while a job has not written its trial yet
 * @param job the job's description in DescribeTrainingJob shape (status, secondary status and transitions, rule
 *     evaluation statuses, progress), or null (left out) for a bare trial
 */
public record RunDetail(RunSummary run, @Nullable TrialInfo trial, @Nullable JsonNode job) {

    /**
     * Validates.
     *
     * @param run the run
     * @param trial the trial, or null
     * @param job the job, or null
     */
    public RunDetail {
        Objects.requireNonNull(run, "run");
    }
}
