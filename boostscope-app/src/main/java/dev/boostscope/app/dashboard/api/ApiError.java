// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.api;

import java.util.Objects;

/**
 * The body of every error response: {@code {"error": "...", "retryable": bool}}.
 *
 * <p>Immutable.
 *
 * @param error what went wrong, in the project's message style
 * @param retryable whether the same request may succeed later (a step not written yet, a storage hiccup)
 */
public record ApiError(String error, boolean retryable) {

    /**
     * Validates.
     *
     * @param error the message
     * @param retryable whether to retry
     */
    public ApiError {
        Objects.requireNonNull(error, "error");
    }
}
