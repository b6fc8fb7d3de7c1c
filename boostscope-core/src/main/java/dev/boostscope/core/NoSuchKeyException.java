// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core;

import java.net.URI;

/**
 * Thrown when a storage key does not exist.
 *
 * <p>Immutable.
 */
public class NoSuchKeyException extends StorageException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param uri the missing object
     * @param operation the operation, such as {@code get}
     */
    public NoSuchKeyException(URI uri, String operation) {
        super(uri, operation, "no such key");
    }
}
