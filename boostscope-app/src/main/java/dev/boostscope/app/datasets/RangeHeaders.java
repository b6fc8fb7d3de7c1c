// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.datasets;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads sizes from HTTP response headers: {@code Content-Length} and {@code Content-Range: bytes START-END/TOTAL}.
 *
 * <p>Stateless and thread-safe.
 */
final class RangeHeaders {
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

    private RangeHeaders() {
    }

    /** Returns the first byte a 206 response carries, or -1 if its header is missing or malformed. */
    static long startOf(HttpURLConnection response) {
        return contentRange(response).map(m -> Long.parseLong(m.group(1))).orElse(-1L);
    }

    /** Returns the full size of the file, or -1 if the server does not say. */
    static long totalOf(HttpURLConnection response, long offset) throws IOException {
        if (response.getResponseCode() == 206) {
            return contentRange(response).filter(m -> !m.group(3).equals("*"))
                    .map(m -> Long.parseLong(m.group(3))).orElse(-1L);
        }
        long length = response.getContentLengthLong();
        return length >= 0 ? offset + length : -1;
    }

    private static Optional<Matcher> contentRange(HttpURLConnection response) {
        return Optional.ofNullable(response.getHeaderField("Content-Range")).map(CONTENT_RANGE::matcher)
                .filter(Matcher::matches);
    }
}
