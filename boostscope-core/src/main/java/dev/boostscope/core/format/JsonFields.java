// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boostscope.core.FormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Typed, checked access to the fields of a parsed JSON file; every failure names the file, the key path and the byte
 * offset of the bad value (or, for a missing key, of the object that lacks it).
 *
 * <p>Immutable and thread-safe.
 */
final class JsonFields {
    private final String source;
    private final JsonLocations locations;

    /**
     * Returns checked access to a parsed file.
     *
     * @param source the file or key, for messages
     * @param bytes the file's bytes, for byte offsets in messages
     * @param root the tree parsed from {@code bytes}
     */
    JsonFields(String source, byte[] bytes, JsonNode root) {
        this.source = source;
        this.locations = new JsonLocations(bytes, root);
    }

    JsonNode object(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (node == null || !node.isObject()) {
            throw invalid(path + key, "an object", parent, key);
        }
        return node;
    }

    JsonNode array(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (node == null || !node.isArray()) {
            throw invalid(path + key, "a list", parent, key);
        }
        return node;
    }

    String text(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (node == null || !node.isTextual()) {
            throw invalid(path + key, "a string", parent, key);
        }
        return node.asText();
    }

    long integer(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (node == null || !node.canConvertToLong() || !node.isIntegralNumber()) {
            throw invalid(path + key, "an integer", parent, key);
        }
        return node.asLong();
    }

    boolean bool(JsonNode parent, String key, String path, boolean fallback) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw invalid(path + key, "true or false", parent, key);
        }
        return node.asBoolean();
    }

    List<String> texts(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw invalid(path + key, "a list of strings", parent, key);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                throw invalid(path + key + "[]", "a string", node, i);
            }
            out.add(node.get(i).asText());
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
            throw invalid(key, "a positive integer", parent, "format_version");
        }
        if (node.asInt() > current) {
            throw new FormatException(String.format(Locale.ROOT,
                    "%s: key '%s'%s is %d, newer than this reader's %d: upgrade Boostscope to read it",
                    source, key, at(parent, "format_version"), node.asInt(), current));
        }
        return node.asInt();
    }

    /**
     * Returns the error for a member that is missing or not what was expected.
     *
     * @param path the member's key path, for the message
     * @param expected what the member must be
     * @param container the object or array holding the member
     * @param member the field name or array index; null when the container itself is wrong
     * @return the exception, naming the file, the key path and the byte offset
     */
    FormatException invalid(String path, String expected, JsonNode container, @Nullable Object member) {
        JsonNode found = member == null ? container
                : member instanceof Integer index ? container.get(index) : container.get((String) member);
        if (found == null) {
            long offset = locations.offsetOf(container, null);
            return new FormatException(String.format(Locale.ROOT, "%s: key '%s' must be %s: missing%s",
                    source, path, expected, offset < 0 ? "" : " from the object at byte " + offset));
        }
        return invalid(path, expected, container, member, found.toString());
    }

    /**
     * Returns the error for a member, quoting a given text as what was found (such as a bad field name).
     *
     * @param path the member's key path, for the message
     * @param expected what the member must be
     * @param container the object or array holding the member
     * @param member the field name or array index; null for the container itself
     * @param found what was found, quoted in the message
     * @return the exception, naming the file, the key path and the byte offset
     */
    FormatException invalid(String path, String expected, JsonNode container, @Nullable Object member,
            String found) {
        return new FormatException(String.format(Locale.ROOT, "%s: key '%s'%s must be %s: '%s'",
                source, path, at(container, member), expected, abbreviate(found)));
    }

    private String at(JsonNode container, @Nullable Object member) {
        long offset = locations.offsetOf(container, member);
        return offset < 0 ? "" : " at byte " + offset;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
