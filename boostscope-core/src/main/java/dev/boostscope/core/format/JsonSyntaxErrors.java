// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;

/**
 * Words Jackson's parse errors for people: the line and column where the JSON breaks, without the
 * {@code [Source: REDACTED ...]} text Jackson puts in its locations. Shared by the readers of user-written JSON files
 * (job specs, hook configurations).
 *
 * <p>Thread-safe.
 */
public final class JsonSyntaxErrors {
    private JsonSyntaxErrors() {
    }

    /**
     * Describes where and why a JSON text does not parse.
     *
     * @param e what Jackson threw
     * @return {@code not valid JSON at line L, column C: WHY}, or {@code not valid JSON: WHY} when Jackson gives no
     *     location
     */
    public static String describe(JsonProcessingException e) {
        String message = withoutSource(String.valueOf(e.getOriginalMessage()));
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            return "not valid JSON: " + message;
        }
        return String.format(Locale.ROOT, "not valid JSON at line %d, column %d: %s", at.getLineNr(),
                at.getColumnNr(), message);
    }

    /** Drops the {@code Source: REDACTED ...} part of the locations Jackson quotes inside its messages. */
    static String withoutSource(String message) {
        return message.replaceAll("\\[Source: [^;\\]]*; ", "[");
    }
}
