// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core;

/**
 * Thrown when a step was never saved and never will be.
 *
 * <p>Immutable.
 */
public class StepUnavailableException extends BoostscopeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the input and the place
     */
    public StepUnavailableException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the input and the place
     * @param cause the underlying failure
     */
    public StepUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
