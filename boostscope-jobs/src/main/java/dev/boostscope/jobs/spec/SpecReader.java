// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads typed values out of a job spec's JSON, collecting every problem (with the key's path and the value) instead
 * of stopping at the first.
 *
 * <p>Not thread-safe.
 */
final class SpecReader {
    private final List<String> errors = new ArrayList<>();

    List<String> errors() {
        return errors;
    }

    void error(String format, Object... args) {
        errors.add(String.format(Locale.ROOT, format, args));
    }

    void checkKeys(JsonNode node, String path, Set<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!known.contains(key)) {
                error("unknown key '%s' in %s: expected one of %s", key, path.isEmpty() ? "the job spec" : path,
                        String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    @Nullable JsonNode object(JsonNode parent, String path, String key) {
        JsonNode value = parent.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            error("%s: expected an object, got %s", join(path, key), value);
            return null;
        }
        return value;
    }

    List<JsonNode> array(JsonNode parent, String path, String key) {
        JsonNode value = parent.get(key);
        List<JsonNode> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (!value.isArray()) {
            error("%s: expected an array, got %s", join(path, key), value);
            return items;
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isObject()) {
                items.add(value.get(i));
            } else {
                error("%s[%d]: expected an object, got %s", join(path, key), i, value.get(i));
            }
        }
        return items;
    }

    @Nullable String text(JsonNode parent, String path, String key) {
        JsonNode value = parent.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            error("%s: expected a non-blank string, got %s", join(path, key), value);
            return null;
        }
        return value.asText().strip();
    }

    @Nullable Long integer(JsonNode parent, String path, String key) {
        JsonNode value = parent.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.canConvertToLong() && value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isTextual() && value.asText().strip().matches("-?\\d{1,18}")) {
            return Long.parseLong(value.asText().strip());
        }
        error("%s: expected an integer, got %s", join(path, key), value);
        return null;
    }

    /** Reads a string map; numbers and booleans become their text, as the SageMaker SDK converts them. */
    Map<String, String> stringMap(JsonNode parent, String path, String key) {
        Map<String, String> map = new LinkedHashMap<>();
        JsonNode node = object(parent, path, key);
        if (node == null) {
            return map;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            JsonNode value = entry.getValue();
            if (value.isValueNode() && !value.isNull()) {
                map.put(entry.getKey(), value.asText());
            } else {
                error("%s.%s: expected a string, got %s", join(path, key), entry.getKey(), value);
            }
        }
        return map;
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
