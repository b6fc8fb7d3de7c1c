// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.s3;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A bucket and a key prefix parsed from {@code s3://bucket/prefix}: the prefix has no leading {@code /}, repeated
 * {@code /} collapsed (as smdebug's S3 writer does) and, unless empty, one trailing {@code /}.
 *
 * <p>Immutable.
 *
 * @param bucket the bucket name
 * @param prefix the key prefix, empty or ending in {@code /}
 */
record S3Location(String bucket, String prefix) {
    // S3's rules (3-63 characters, lowercase, digits, '.', '-'), plus the uppercase and '_' of legacy buckets and
    // of some S3-compatible servers
    private static final Pattern BUCKET = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{1,61}[a-zA-Z0-9]");

    S3Location {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(prefix, "prefix");
    }

    /**
     * Parses a root URI.
     *
     * @param uri such as {@code s3://bucket}, {@code s3://bucket/run-7/} or {@code s3://bucket//a//b}
     * @return the location
     * @throws IllegalArgumentException if the scheme is not {@code s3}, the bucket name is missing or invalid, or the
     *     URI has a query, fragment or user info
     */
    static S3Location parse(URI uri) {
        if (!"s3".equalsIgnoreCase(uri.getScheme())) {
            throw invalid(uri, "scheme must be s3");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw invalid(uri, "no query, fragment or user info allowed");
        }
        String bucket = uri.getAuthority();
        if (bucket == null || !BUCKET.matcher(bucket).matches()) {
            throw invalid(uri, "bucket must be 3-63 letters, digits, '.', '-' or '_'");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String prefix = path.replaceAll("/{2,}", "/").replaceFirst("^/", "");
        return new S3Location(bucket, prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/");
    }

    /**
     * Returns the root URI, such as {@code s3://bucket/run-7/}.
     *
     * @return the URI
     */
    URI uri() {
        return uriOf("");
    }

    /**
     * Returns the URI of a relative key (or prefix), quoting characters a URI cannot hold.
     *
     * @param relative a key relative to the prefix; not validated
     * @return the URI
     */
    URI uriOf(String relative) {
        try {
            return new URI("s3", bucket, "/" + prefix + relative, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("key does not form a URI: '" + relative + "'", e);
        }
    }

    /**
     * Returns the object key of a relative key.
     *
     * @param relative a key relative to the prefix
     * @return the full object key in the bucket
     */
    String objectKey(String relative) {
        return prefix + relative;
    }

    private static IllegalArgumentException invalid(URI uri, String expected) {
        return new IllegalArgumentException(String.format(Locale.ROOT,
                "S3 location must look like s3://bucket/prefix (%s): '%s'", expected, uri));
    }
}
