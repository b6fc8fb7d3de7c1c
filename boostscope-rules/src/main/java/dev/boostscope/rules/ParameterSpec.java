// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules;

import java.util.Objects;

/**
 * One parameter a rule accepts: its SageMaker name, its default as a string, and what it means.
 *
 * @param name the parameter name, such as {@code num_steps}
 * @param defaultValue the default as SageMaker would pass it; empty when the parameter has none (optional or required,
 *     as the description says)
 * @param description one sentence for {@code boostscope rules list}
 *
 * <p>Immutable.
 */
public record ParameterSpec(String name, String defaultValue, String description) {

    /**
     * Validates the spec.
     *
     * @param name the name, not blank
     * @param defaultValue the default, possibly empty
     * @param description the description, not blank
     * @throws IllegalArgumentException if the name or description is blank
     */
    public ParameterSpec {
        Objects.requireNonNull(defaultValue, "defaultValue");
        if (name.isBlank()) {
            throw new IllegalArgumentException("parameter name must not be blank");
        }
        if (description.isBlank()) {
            throw new IllegalArgumentException("description of parameter '" + name + "' must not be blank");
        }
    }

    /**
     * Returns whether the parameter has a default.
     *
     * @return true if {@link #defaultValue()} is not empty
     */
    public boolean hasDefault() {
        return !defaultValue.isEmpty();
    }
}
