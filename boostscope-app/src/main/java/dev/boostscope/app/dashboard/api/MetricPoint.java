// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.api;

import java.util.Objects;

/**
 * One metric's value at the step of a {@link StepEvent}.
 *
 * <p>Immutable.
 *
 * @param name the metric tensor's name, such as {@code validation-mlogloss}
 * @param value its value
 */
public record MetricPoint(String name, double value) {

    /**
     * Validates.
     *
     * @param name the name
     * @param value the value
     */
    public MetricPoint {
        Objects.requireNonNull(name, "name");
    }
}
