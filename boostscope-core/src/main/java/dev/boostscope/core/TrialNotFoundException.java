// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core;

/**
 * Thrown when there is no trial at a location.
 *
 * <p>Immutable.
 */
public class TrialNotFoundException extends BoostscopeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the input and the place
     */
    public TrialNotFoundException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the input and the place
     * @param cause the underlying failure
     */
    public TrialNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
