// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.datasets;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file to download, with what is known about it in advance.
 *
 * <p>Where the size or the SHA-256 is not known ({@code -1}, empty), {@link Downloader} checks the size against the
 * server's {@code Content-Length} and pins the checksum of the first complete download in a {@code .sha256} file
 * beside it, which later runs verify against.
 *
 * <p>Immutable.
 *
 * @param uri where to download it from
 * @param fileName the name to save it under
 * @param size the size in bytes, or -1 if unknown
 * @param sha256 the lowercase hex SHA-256, or empty if unknown
 */
public record RemoteFile(URI uri, String fileName, long size, String sha256) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if the name has a path in it, the size is below -1 or the checksum is not
     *     64 lowercase hex digits
     */
    public RemoteFile {
        Objects.requireNonNull(uri, "uri");
        if (fileName.isEmpty() || fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
            throw new IllegalArgumentException("file name must be a plain name: '" + fileName + "'");
        }
        if (size < -1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "size must be -1 (unknown) or more: %d",
                    size));
        }
        if (!sha256.isEmpty() && !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits or empty: '" + sha256 + "'");
        }
    }

    /**
     * Returns a file of unknown size and checksum, named after the last segment of its URI.
     *
     * @param uri where to download it from
     * @return the file
     */
    public static RemoteFile unverified(URI uri) {
        String path = uri.getPath();
        return new RemoteFile(uri, path.substring(path.lastIndexOf('/') + 1), -1, "");
    }
}
