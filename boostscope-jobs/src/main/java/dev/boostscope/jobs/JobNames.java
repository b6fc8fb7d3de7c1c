// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Makes job names from a base name the way the SageMaker SDK's {@code name_from_base} does:
 * {@code <base>-YYYY-MM-DD-HH-MM-SS-mmm} in UTC, the base trimmed so the whole fits in 63 characters.
 *
 * <p>Thread-safe.
 */
final class JobNames {
    static final int MAX_LENGTH = 63;
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm-ss-SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

    private JobNames() {
    }

    static String fromBase(String base, Instant time) {
        String stamp = TIMESTAMP.format(time);
        String trimmed = base.substring(0, Math.min(base.length(), MAX_LENGTH - stamp.length() - 1));
        return trimmed + "-" + stamp;
    }
}
