// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.boostscope.core.FormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * JSON as Python's {@code json.dumps} writes it by default (separators {@code ", "} and {@code ": "}, non-ASCII
 * escaped, one line), so that our index and collections files look like smdebug's; and strict parsing with messages
 * that name the file and the byte offset.
 *
 * <p>Thread-safe.
 */
final class PythonStyleJson {
    /**
     * Reads with jackson-core alone: an {@code ObjectMapper} loads some 400 classes in a fresh JVM, which cost more
     * than the rest of opening a trial; the tree comes out as databind's {@code readTree} builds it.
     */
    private static final JsonFactory READER = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PythonStyleJson() {
    }

    static ObjectNode objectNode() {
        return NODES.objectNode();
    }

    static TextNode textNode(String text) {
        return NODES.textNode(text);
    }

    static byte[] write(JsonNode node) {
        try {
            return Writer.MAPPER.writer(new PythonPrinter()).writeValueAsString(node)
                    .getBytes(StandardCharsets.US_ASCII);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a streaming parser over JSON bytes, with the reader's settings. */
    static JsonParser parser(byte[] bytes) throws IOException {
        return READER.createParser(bytes);
    }

    static JsonNode read(byte[] bytes, String source) {
        try (JsonParser parser = READER.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw notAnObject(source);
            }
            JsonNode node = value(parser, first);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new FormatException(String.format(Locale.ROOT, "%s is not valid JSON at byte %d: trailing "
                        + "token %s after the value", source, parser.currentTokenLocation().getByteOffset(),
                        trailing));
            }
            if (!node.isObject()) {
                throw notAnObject(source);
            }
            return node;
        } catch (JsonProcessingException e) {
            long offset = e.getLocation() == null ? -1 : e.getLocation().getByteOffset();
            String at = offset < 0 ? "" : " at byte " + offset;
            throw new FormatException(String.format(Locale.ROOT, "%s is not valid JSON%s: %s",
                    source, at, JsonSyntaxErrors.withoutSource(firstLine(e.getOriginalMessage()))), e);
        } catch (IOException e) {
            throw new FormatException(String.format(Locale.ROOT, "%s is not valid JSON: %s",
                    source, firstLine(e.getMessage())), e);
        }
    }

    /** Builds the value starting at the current token, with the node types databind's {@code readTree} picks. */
    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String name = parser.currentName();
                    object.set(name, value(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(value(parser, next));
                }
                return array;
            }
            case VALUE_NUMBER_INT:
                return integer(parser);
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDoubleValue());
            default:
                return scalar(parser, token);
        }
    }

    private static JsonNode integer(JsonParser parser) throws IOException {
        switch (parser.getNumberType()) {
            case INT:
                return NODES.numberNode(parser.getIntValue());
            case LONG:
                return NODES.numberNode(parser.getLongValue());
            default:
                return NODES.numberNode(parser.getBigIntegerValue());
        }
    }

    private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new JsonParseException(parser, "unexpected token " + token);
        }
    }

    private static FormatException notAnObject(String source) {
        return new FormatException(String.format(Locale.ROOT, "%s must hold a JSON object", source));
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** The mapper that writes, built on first use: readers never need it. */
    private static final class Writer {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
                .build();

        private Writer() {
        }
    }

    /** Python's default separators. */
    private static final class PythonPrinter extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }
    }
}
