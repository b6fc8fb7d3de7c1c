// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.storage;

import java.net.URI;

/**
 * Opens a {@link Storage} for the URI schemes it handles; found through {@link java.util.ServiceLoader}, so that the
 * S3 module plugs in {@code s3://} without the core depending on it.
 *
 * <p>Implementations are thread-safe.
 */
public interface StorageProvider {

    /**
     * Returns whether this provider handles a URI.
     *
     * @param uri the root URI
     * @return true if {@link #open} accepts it
     */
    boolean supports(URI uri);

    /**
     * Opens storage rooted at a URI.
     *
     * @param uri the root URI
     * @return the storage; the caller closes it
     */
    Storage open(URI uri);
}
