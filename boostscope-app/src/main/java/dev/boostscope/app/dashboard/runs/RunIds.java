// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.runs;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes URL-safe run ids from names and paths, unique within a catalog.
 *
 * <p>Stateless; thread-safe.
 */
final class RunIds {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._~-]{1,200}");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");
    private static final int MAX_LENGTH = 180;

    private RunIds() {
    }

    static boolean isValid(String id) {
        return VALID.matcher(id).matches() && !id.contains("..") && !id.startsWith(".");
    }

    /**
     * Returns an id for a slash-separated path: segments joined by {@code ~}, other unsafe characters as {@code -}.
     *
     * @param path such as {@code exp-1/run a}
     * @param taken the ids already given; the result is not among them
     * @return such as {@code exp-1~run-a}, or {@code exp-1~run-a-2} if taken
     */
    static String forPath(String path, Set<String> taken) {
        StringBuilder base = new StringBuilder();
        for (String segment : path.split("/")) {
            String safe = UNSAFE.matcher(segment).replaceAll("-").replaceAll("\\.{2,}", ".");
            if (!safe.isEmpty()) {
                base.append(base.length() == 0 ? "" : "~").append(safe);
            }
        }
        String id = base.length() == 0 ? "run" : base.toString();
        if (id.startsWith(".")) {
            id = "_" + id;
        }
        id = id.length() > MAX_LENGTH ? id.substring(0, MAX_LENGTH) : id;
        String candidate = id;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}
