// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core;

/**
 * Thrown when a step may still arrive: training is still writing. Retry later.
 *
 * <p>Immutable.
 */
public class StepNotYetAvailableException extends BoostscopeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the input and the place
     */
    public StepNotYetAvailableException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the input and the place
     * @param cause the underlying failure
     */
    public StepNotYetAvailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
