// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.api;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code GET /api/runs/{id}/confusion/steps}: the steps that have a confusion matrix.
 *
 * <p>Immutable.
 *
 * @param problem the task: {@code BINARY}, {@code MULTICLASS}, {@code REGRESSION} or {@code UNKNOWN}
 * @param steps the steps that saved predictions, ascending; empty unless the run is a classification that saved labels
 *     and predictions
 * @param message why there are no steps, or null (left out) when there are
 */
public record ConfusionSteps(String problem, List<Integer> steps, @Nullable String message) {

    /**
     * Copies.
     *
     * @param problem the task
     * @param steps the steps
     * @param message the reason, or null
     */
    public ConfusionSteps {
        Objects.requireNonNull(problem, "problem");
        steps = List.copyOf(steps);
    }
}
