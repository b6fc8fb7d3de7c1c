// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core;

/**
 * Thrown for corrupt data, or data in a newer format than this reader knows; names the file or key and the byte offset.
 *
 * <p>Immutable.
 */
public class FormatException extends BoostscopeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the input and the place
     */
    public FormatException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the input and the place
     * @param cause the underlying failure
     */
    public FormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
