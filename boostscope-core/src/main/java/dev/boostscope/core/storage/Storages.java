// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.storage;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * Opens a {@link Storage} by URI: a local path or {@code file:} URI gives a local folder; any other scheme is looked up
 * among the {@link StorageProvider}s on the class path ({@code s3://} comes with the boostscope-s3 module).
 *
 * <p>Thread-safe.
 */
public final class Storages {
    private Storages() {
    }

    /**
     * Parses a location given by a user: {@code s3://bucket/prefix}, {@code file:/path}, or a plain path.
     *
     * @param location the text
     * @return an absolute URI
     * @throws IllegalArgumentException if the text is blank
     */
    public static URI parseLocation(String location) {
        String text = location.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("location must not be blank");
        }
        if (text.matches("^[a-zA-Z][a-zA-Z0-9+.-]+://.*") || text.startsWith("file:")) {
            return URI.create(text);
        }
        return Path.of(text).toAbsolutePath().normalize().toUri();
    }

    /**
     * Opens storage rooted at a URI.
     *
     * @param uri the root
     * @return the storage; the caller closes it
     * @throws IllegalArgumentException if no provider handles the scheme
     */
    public static Storage open(URI uri) {
        String scheme = uri.getScheme();
        if (scheme == null || scheme.equals("file")) {
            return LocalStorage.open(scheme == null ? Path.of(uri.getPath()) : Path.of(uri));
        }
        for (StorageProvider provider : ServiceLoader.load(StorageProvider.class)) {
            if (provider.supports(uri)) {
                return provider.open(uri);
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "no storage for scheme '%s' in %s: use a local path, file:, or s3:// with boostscope-s3 on the "
                        + "class path",
                scheme, uri));
    }
}
