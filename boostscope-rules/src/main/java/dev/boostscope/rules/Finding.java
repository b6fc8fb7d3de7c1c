// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules;

import java.util.Objects;

/**
 * What a rule found when it fired: the tensor, its value against the threshold, the step and a sentence.
 *
 * @param tensor the tensor the finding is about, such as {@code validation-mlogloss}; empty when none is (a stall)
 * @param value the measured value (a ratio, a depth, a percentage), as the message explains
 * @param threshold the threshold the value crossed
 * @param step the global step; -1 when the finding is not tied to a step
 * @param message a sentence naming the tensor, value, threshold and step, lowercase start and no final period
 *
 * <p>Immutable.
 */
public record Finding(String tensor, double value, double threshold, int step, String message) {

    /**
     * Validates the finding.
     *
     * @param tensor the tensor name, possibly empty
     * @param value the value
     * @param threshold the threshold
     * @param step the step, at least -1
     * @param message the message, not blank
     * @throws IllegalArgumentException if the step is below -1 or the message is blank
     */
    public Finding {
        Objects.requireNonNull(tensor, "tensor");
        Objects.requireNonNull(message, "message");
        if (step < -1) {
            throw new IllegalArgumentException("step must be at least -1: " + step);
        }
        if (message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
    }
}
