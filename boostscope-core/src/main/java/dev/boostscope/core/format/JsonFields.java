// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boostscope.core.FormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Typed, checked access to the fields of a parsed JSON file; every failure names the file and the key path.
 *
 * <p>Immutable and thread-safe.
 */
final class JsonFields {
    private final String source;

    JsonFields(String source) {
        this.source = source;
    }

    JsonNode object(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (node == null || !node.isObject()) {
            throw missing(path + key, "an object", node);
        }
        return node;
    }

    JsonNode array(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (node == null || !node.isArray()) {
            throw missing(path + key, "a list", node);
        }
        return node;
    }

    String text(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (node == null || !node.isTextual()) {
            throw missing(path + key, "a string", node);
        }
        return node.asText();
    }

    long integer(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (node == null || !node.canConvertToLong() || !node.isIntegralNumber()) {
            throw missing(path + key, "an integer", node);
        }
        return node.asLong();
    }

    boolean bool(JsonNode parent, String key, String path, boolean fallback) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw missing(path + key, "true or false", node);
        }
        return node.asBoolean();
    }

    List<String> texts(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw missing(path + key, "a list of strings", node);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw missing(path + key + "[]", "a string", item);
            }
            out.add(item.asText());
        }
        return out;
    }

    int formatVersion(JsonNode parent, String path, int current) {
        String key = path + "format_version";
        JsonNode node = parent.get("format_version");
        if (node == null) {
            return 1;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < 1) {
            throw missing(key, "a positive integer", node);
        }
        if (node.asInt() > current) {
            throw new FormatException(String.format(Locale.ROOT,
                    "%s: key '%s' is %d, newer than this reader's %d: upgrade Boostscope to read it",
                    source, key, node.asInt(), current));
        }
        return node.asInt();
    }

    FormatException missing(String path, String expected, JsonNode found) {
        String what = found == null ? "missing" : "'" + abbreviate(found.toString()) + "'";
        return new FormatException(String.format(Locale.ROOT, "%s: key '%s' must be %s: %s",
                source, path, expected, what));
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
