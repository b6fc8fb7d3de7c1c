// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Refuses requests that look like path traversal before any handler runs: {@code .} or {@code ..} segments,
 * encoded dots, slashes, backslashes or NUL in the path, and parameters holding {@code ..}, a backslash, NUL or an
 * absolute path. Handlers never build a path or key from a request anyway (runs are looked up by id in the catalog,
 * tensors by name in the trial); this guard makes the refusal explicit and uniform.
 *
 * <p>Stateless; thread-safe.
 */
final class PathGuard {
    private static final List<String> ENCODED = List.of("%2e", "%2f", "%5c", "%00");
    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/].*");

    private PathGuard() {
    }

    /**
     * Returns why a request is refused.
     *
     * @param rawPath the path as sent, not decoded
     * @param parameters the decoded query parameters
     * @return the reason, or empty if the request may go on
     */
    static Optional<String> refusal(String rawPath, Map<String, List<String>> parameters) {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        for (String encoded : ENCODED) {
            if (lower.contains(encoded)) {
                return Optional.of("path must not hold encoded dots, slashes or NUL: '" + rawPath + "'");
            }
        }
        if (rawPath.indexOf('\\') >= 0 || rawPath.indexOf('\0') >= 0) {
            return Optional.of("path must not hold a backslash or NUL: '" + rawPath + "'");
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.of("path must not hold '.' or '..' segments: '" + rawPath + "'");
            }
        }
        return parameterRefusal(parameters);
    }

    private static Optional<String> parameterRefusal(Map<String, List<String>> parameters) {
        for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
            for (String value : entry.getValue()) {
                if (looksLikePath(value) || looksLikePath(entry.getKey())) {
                    return Optional.of(String.format(Locale.ROOT,
                            "parameter '%s' must not hold '..', a backslash, NUL or an absolute path: '%s'",
                            entry.getKey(), value));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean looksLikePath(String value) {
        return value.contains("..") || value.startsWith("/") || value.indexOf('\\') >= 0 || value.indexOf('\0') >= 0
                || WINDOWS_DRIVE.matcher(value).matches();
    }
}
