// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core;

/**
 * Thrown when training has ended and the requested step lies beyond the last saved step.
 *
 * <p>Immutable.
 */
public class NoMoreDataException extends BoostscopeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the input and the place
     */
    public NoMoreDataException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the input and the place
     * @param cause the underlying failure
     */
    public NoMoreDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
