// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.api;

import java.util.Objects;

/**
 * A request that cannot be answered, with the HTTP status and body to answer instead.
 *
 * <p>Immutable.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status. */
    private final int status;
    /** Whether a retry may succeed. */
    private final boolean retryable;

    /**
     * Creates one.
     *
     * @param status the HTTP status, such as 400 or 404
     * @param message the error message
     * @param retryable whether a retry may succeed
     */
    public ApiException(int status, String message, boolean retryable) {
        super(Objects.requireNonNull(message, "message"));
        this.status = status;
        this.retryable = retryable;
    }

    /**
     * Returns a 400 for a bad parameter.
     *
     * @param message what is wrong with it
     * @return the exception
     */
    public static ApiException badParameter(String message) {
        return new ApiException(400, message, false);
    }

    /**
     * Returns a 404 for something that does not exist.
     *
     * @param message what is missing
     * @param retryable whether it may appear later
     * @return the exception
     */
    public static ApiException notFound(String message, boolean retryable) {
        return new ApiException(404, message, retryable);
    }

    /**
     * Returns the HTTP status.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * Returns whether a retry may succeed.
     *
     * @return true if retryable
     */
    public boolean retryable() {
        return retryable;
    }

    /**
     * Returns the response body.
     *
     * @return the body
     */
    public ApiError body() {
        return new ApiError(getMessage(), retryable);
    }
}
