// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core;

/**
 * Thrown when a tensor is unknown to the trial, or was not saved at the requested step.
 *
 * <p>Immutable.
 */
public class TensorUnavailableException extends BoostscopeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the input and the place
     */
    public TensorUnavailableException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the input and the place
     * @param cause the underlying failure
     */
    public TensorUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
