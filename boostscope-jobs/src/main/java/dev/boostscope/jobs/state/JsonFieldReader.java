// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.state;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boostscope.core.FormatException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads typed fields of one JSON object of a job file, failing with the file and the field's path.
 *
 * <p>Not thread-safe.
 */
final class JsonFieldReader {
    private final JsonNode node;
    private final String source;
    private final String path;

    JsonFieldReader(JsonNode node, String source) {
        this(node, source, "");
    }

    private JsonFieldReader(JsonNode node, String source, String path) {
        this.node = node;
        this.source = source;
        this.path = path;
    }

    boolean has(String key) {
        return node.hasNonNull(key);
    }

    String text(String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual()) {
            throw invalid(key, "a string", value);
        }
        return value.asText();
    }

    @Nullable String optionalText(String key) {
        return has(key) ? text(key) : null;
    }

    int integer(String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.canConvertToInt()) {
            throw invalid(key, "an integer", value);
        }
        return value.asInt();
    }

    double number(String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isNumber()) {
            throw invalid(key, "a number", value);
        }
        return value.asDouble();
    }

    Instant instant(String key) {
        String text = text(key);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(key, "an ISO-8601 instant", node.get(key));
        }
    }

    @Nullable Instant optionalInstant(String key) {
        return has(key) ? instant(key) : null;
    }

    JsonNode object(String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isObject()) {
            throw invalid(key, "an object", value);
        }
        return value;
    }

    JsonFieldReader child(String key) {
        return new JsonFieldReader(object(key), source, path + key + ".");
    }

    List<JsonFieldReader> objects(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw invalid(key, "an array", value);
        }
        List<JsonFieldReader> list = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isObject()) {
                throw invalid(key + "[" + i + "]", "an object", value.get(i));
            }
            list.add(new JsonFieldReader(value.get(i), source, path + key + "[" + i + "]."));
        }
        return list;
    }

    private FormatException invalid(String key, String expected, @Nullable JsonNode value) {
        return new FormatException(String.format(Locale.ROOT, "%s: field '%s%s' must be %s: %s", source, path, key,
                expected, value == null ? "missing" : value.toString()));
    }
}
