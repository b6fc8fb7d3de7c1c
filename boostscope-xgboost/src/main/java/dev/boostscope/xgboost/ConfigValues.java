// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads typed values out of a DebugHookConfig JSON file, where every value may be a string ({@code "3"},
 * {@code "true"}); JSON numbers and booleans are accepted too. Every error names the file, the key path and the value.
 *
 * <p>Immutable.
 */
final class ConfigValues {
    private final String source;

    ConfigValues(String source) {
        this.source = source;
    }

    IllegalArgumentException error(String message) {
        return new IllegalArgumentException("hook config " + source + ": " + message);
    }

    IllegalArgumentException error(String message, Throwable cause) {
        return new IllegalArgumentException("hook config " + source + ": " + message, cause);
    }

    IllegalArgumentException bad(String path, String expected, JsonNode value) {
        return error(String.format(Locale.ROOT, "%s must be %s: %s", path, expected, quote(value)));
    }

    String text(String path, JsonNode value) {
        return scalar(path, value, "a string");
    }

    private String scalar(String path, JsonNode value, String expected) {
        if (value.isTextual() || value.isNumber() || value.isBoolean()) {
            return value.asText();
        }
        throw bad(path, expected, value);
    }

    int positiveInt(String path, JsonNode value) {
        int parsed = nonNegativeInt(path, value, "a positive integer");
        if (parsed == 0) {
            throw bad(path, "a positive integer", value);
        }
        return parsed;
    }

    int nonNegativeInt(String path, JsonNode value) {
        return nonNegativeInt(path, value, "a non-negative integer");
    }

    long anyLong(String path, JsonNode value) {
        try {
            return Long.parseLong(scalar(path, value, "an integer").strip());
        } catch (NumberFormatException e) {
            throw bad(path, "an integer", value);
        }
    }

    List<Integer> steps(String path, JsonNode value) {
        String text = scalar(path, value, "a comma-separated list of non-negative integers").strip();
        List<Integer> steps = new ArrayList<>();
        if (text.isEmpty()) {
            return steps;
        }
        for (String part : text.split(",", -1)) {
            try {
                int step = Integer.parseInt(part.strip());
                if (step < 0) {
                    throw bad(path, "a comma-separated list of non-negative integers", value);
                }
                steps.add(step);
            } catch (NumberFormatException e) {
                throw bad(path, "a comma-separated list of non-negative integers", value);
            }
        }
        return steps;
    }

    boolean bool(String path, JsonNode value) {
        String text = scalar(path, value, "\"true\" or \"false\"").strip();
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw bad(path, "\"true\" or \"false\"", value);
    }

    List<String> regexes(String path, JsonNode value) {
        List<String> regexes = new ArrayList<>();
        for (String part : text(path, value).split(",")) {
            if (!part.isBlank()) {
                regexes.add(part.strip());
            }
        }
        try {
            return CollectionConfig.checkRegexes(regexes);
        } catch (IllegalArgumentException e) {
            throw error(path + ": " + e.getMessage(), e);
        }
    }

    static String quote(JsonNode value) {
        return value.isTextual() ? "\"" + value.asText() + "\"" : value.toString();
    }

    private int nonNegativeInt(String path, JsonNode value, String expected) {
        int parsed;
        try {
            parsed = Integer.parseInt(scalar(path, value, expected).strip());
        } catch (NumberFormatException e) {
            throw bad(path, expected, value);
        }
        if (parsed < 0) {
            throw bad(path, expected, value);
        }
        return parsed;
    }
}
