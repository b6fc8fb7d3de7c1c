// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core;

/**
 * Thrown when a rule could not be evaluated. A rule that fires returns a result; it never throws.
 *
 * <p>Immutable.
 */
public class RuleException extends BoostscopeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the input and the place
     */
    public RuleException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the input and the place
     * @param cause the underlying failure
     */
    public RuleException(String message, Throwable cause) {
        super(message, cause);
    }
}
