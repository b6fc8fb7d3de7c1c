// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core;

import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when there is no trial at a location.
 *
 * <p>Immutable.
 */
public class TrialNotFoundException extends BoostscopeException {
    private static final long serialVersionUID = 1L;

    private final @Nullable URI location;
    private final @Nullable String reason;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the input and the place
     */
    public TrialNotFoundException(String message) {
        super(message);
        this.location = null;
        this.reason = null;
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the input and the place
     * @param cause the underlying failure
     */
    public TrialNotFoundException(String message, Throwable cause) {
        super(message, cause);
        this.location = null;
        this.reason = null;
    }

    /**
     * Creates the exception for a location and the short reason nothing is there, so that a caller such as the CLI
     * can word its own message around the reason.
     *
     * @param message what went wrong, naming the location and the reason
     * @param location the location that was opened
     * @param reason why there is no trial, such as {@code the folder does not exist}
     */
    public TrialNotFoundException(String message, URI location, String reason) {
        super(message);
        this.location = location;
        this.reason = reason;
    }

    /**
     * Returns the location that was opened, if the thrower gave it.
     *
     * @return the location, or empty
     */
    public Optional<URI> location() {
        return Optional.ofNullable(location);
    }

    /**
     * Returns the short reason there is no trial, if the thrower gave it.
     *
     * @return the reason without the location, such as {@code the folder does not exist}, or empty
     */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}
