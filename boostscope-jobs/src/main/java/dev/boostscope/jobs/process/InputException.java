// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import dev.boostscope.core.BoostscopeException;

/**
 * Thrown when a job's input cannot be fetched or read: the job fails with a {@code ClientError} reason.
 *
 * <p>Immutable.
 */
final class InputException extends BoostscopeException {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message);
    }

    InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
