// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs;

import dev.boostscope.core.BoostscopeException;

/**
 * Thrown when no training job of a given name exists in a jobs home.
 *
 * <p>Immutable.
 */
public final class JobNotFoundException extends BoostscopeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was looked for, and where
     */
    public JobNotFoundException(String message) {
        super(message);
    }
}
