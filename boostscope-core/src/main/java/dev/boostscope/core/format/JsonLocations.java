// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds where a value of a parsed JSON file starts in the file's bytes, for error messages. Jackson's tree keeps no
 * locations, so this walks the bytes again with a streaming parser, only when a message needs an offset: reading a
 * valid file costs nothing extra.
 *
 * <p>Immutable and thread-safe (the bytes are never changed).
 */
final class JsonLocations {
    private final byte[] bytes;
    private final JsonNode root;

    JsonLocations(byte[] bytes, JsonNode root) {
        this.bytes = bytes;
        this.root = root;
    }

    /**
     * Returns the byte offset of a container's member, or of the container itself.
     *
     * @param container an object or array of the parsed tree (found by identity)
     * @param member a field name or an array index; null, or a name the object lacks, for the container itself
     * @return the offset of the value's first byte, or -1 if the container is not in the tree
     */
    long offsetOf(JsonNode container, @Nullable Object member) {
        List<Object> path = new ArrayList<>();
        if (!pathTo(root, container, path)) {
            return -1;
        }
        if (member instanceof Integer index && index < container.size()
                || member instanceof String name && container.has(name)) {
            path.add(member);
        }
        try (JsonParser parser = PythonStyleJson.parser(bytes)) {
            parser.nextToken();
            return seek(parser, path, 0);
        } catch (IOException e) {
            return -1; // the bytes parsed once into the tree; a second parse does not fail
        }
    }

    /** Depth-first search by identity; containers are never shared between places in a parsed tree. */
    private static boolean pathTo(JsonNode node, JsonNode target, List<Object> path) {
        if (node == target) {
            return true;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (descend(field.getValue(), target, path, field.getKey())) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (descend(node.get(i), target, path, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean descend(JsonNode child, JsonNode target, List<Object> path, Object step) {
        if (!child.isContainerNode()) {
            return false;
        }
        path.add(step);
        if (pathTo(child, target, path)) {
            return true;
        }
        path.remove(path.size() - 1);
        return false;
    }

    /** The parser stands on the first token of the value at {@code path[0..depth)}. */
    private static long seek(JsonParser parser, List<Object> path, int depth) throws IOException {
        if (depth == path.size()) {
            return parser.currentTokenLocation().getByteOffset();
        }
        Object step = path.get(depth);
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals(step)) {
                    return seek(parser, path, depth + 1);
                }
                parser.skipChildren();
            }
        } else if (parser.currentToken() == JsonToken.START_ARRAY) {
            for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                if (step.equals(i)) {
                    return seek(parser, path, depth + 1);
                }
                parser.skipChildren();
            }
        }
        return -1;
    }
}
