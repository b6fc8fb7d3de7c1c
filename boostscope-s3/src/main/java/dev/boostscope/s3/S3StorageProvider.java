// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.s3;

import dev.boostscope.core.storage.Storage;
import dev.boostscope.core.storage.StorageProvider;
import java.net.URI;

/**
 * Opens {@code s3://bucket/prefix} URIs as {@link S3Storage}, configured from the environment as
 * {@link S3StorageBuilder} describes. Registered for {@link java.util.ServiceLoader}, so that
 * {@link dev.boostscope.core.storage.Storages#open} handles {@code s3://} whenever this module is on the class path.
 *
 * <p>Thread-safe (stateless).
 */
public final class S3StorageProvider implements StorageProvider {

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public S3StorageProvider() {
    }

    @Override
    public boolean supports(URI uri) {
        return "s3".equalsIgnoreCase(uri.getScheme());
    }

    @Override
    public Storage open(URI uri) {
        return S3Storage.newBuilder().root(uri).build();
    }
}
