// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private PythonStyleJson() {
    }

    static byte[] write(JsonNode node) {
        try {
            return MAPPER.writer(new PythonPrinter()).writeValueAsString(node).getBytes(StandardCharsets.US_ASCII);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(byte[] bytes, String source) {
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new FormatException(String.format(Locale.ROOT, "%s must hold a JSON object", source));
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

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
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
