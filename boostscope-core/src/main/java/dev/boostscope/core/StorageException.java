// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when a storage operation fails; always carries the URI, the operation and the cause.
 *
 * <p>Immutable.
 */
public class StorageException extends BoostscopeException {
    private static final long serialVersionUID = 1L;

    private final URI uri;
    private final String operation;

    /**
     * Creates the exception.
     *
     * @param uri the object or folder the operation was on
     * @param operation the operation, such as {@code put} or {@code list}
     * @param cause the underlying failure
     */
    public StorageException(URI uri, String operation, Throwable cause) {
        super(String.format(Locale.ROOT, "%s of %s failed: %s", operation, uri, describe(cause)), cause);
        this.uri = Objects.requireNonNull(uri, "uri");
        this.operation = Objects.requireNonNull(operation, "operation");
    }

    /**
     * Creates the exception without an underlying exception.
     *
     * @param uri the object or folder the operation was on
     * @param operation the operation, such as {@code put} or {@code list}
     * @param reason why it failed
     */
    public StorageException(URI uri, String operation, String reason) {
        super(String.format(Locale.ROOT, "%s of %s failed: %s", operation, uri, reason));
        this.uri = Objects.requireNonNull(uri, "uri");
        this.operation = Objects.requireNonNull(operation, "operation");
    }

    /**
     * Returns the URI of the object or folder the operation was on.
     *
     * @return the URI
     */
    public URI uri() {
        return uri;
    }

    /**
     * Returns the operation that failed.
     *
     * @return the operation name
     */
    public String operation() {
        return operation;
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
