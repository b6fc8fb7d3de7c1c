// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core;

/**
 * The root of every exception Boostscope throws on purpose; unchecked.
 *
 * <p>Immutable.
 */
public class BoostscopeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the input and the place
     */
    public BoostscopeException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the input and the place
     * @param cause the underlying failure
     */
    public BoostscopeException(String message, Throwable cause) {
        super(message, cause);
    }
}
