// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.boostscope.core.DType;
import dev.boostscope.core.NdArray;
import java.util.Arrays;

/**
 * Writes tensor values for the CLI: as nested brackets in text (numpy style, row-major) and as nested JSON arrays.
 *
 * <p>Thread-safe.
 */
final class ValueText {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ValueText() {
    }

    /**
     * Returns a value's type, such as {@code float64[1]}.
     *
     * @param value the value
     * @return dtype and shape
     */
    static String type(NdArray value) {
        return value.dtype().numpyName() + Arrays.toString(value.shape()).replace(" ", "");
    }

    /**
     * Returns a one-element value as its element, anything else as its type.
     *
     * @param value the value
     * @return the short form
     */
    static String brief(NdArray value) {
        return value.size() == 1 ? element(value, 0) : type(value);
    }

    /**
     * Returns every element in nested brackets, one innermost row per line for two or more dimensions.
     *
     * @param value the value
     * @return the text
     */
    static String text(NdArray value) {
        long[] shape = value.shape();
        if (shape.length == 0) {
            return element(value, 0);
        }
        StringBuilder out = new StringBuilder();
        append(out, value, shape, 0, 0);
        return out.toString();
    }

    /**
     * Returns every element as nested JSON arrays (a 0-d value as the bare element).
     *
     * @param value the value
     * @return the JSON
     */
    static JsonNode json(NdArray value) {
        long[] shape = value.shape();
        return shape.length == 0 ? jsonElement(value, 0) : jsonArray(value, shape, 0, 0);
    }

    static JsonNode jsonElement(NdArray value, int index) {
        switch (value.dtype()) {
            case STRING:
                return JSON.textNode(value.getString(index));
            case BOOL:
                return JSON.booleanNode(value.getDouble(index) != 0);
            case FLOAT16: case FLOAT32: case FLOAT64:
                return JSON.numberNode(value.getDouble(index));
            default:
                return JSON.numberNode(value.getLong(index));
        }
    }

    static String element(NdArray value, int index) {
        if (value.dtype() == DType.STRING) {
            return "'" + value.getString(index) + "'";
        }
        return value.getString(index);
    }

    private static int append(StringBuilder out, NdArray value, long[] shape, int dim, int offset) {
        out.append('[');
        int next = offset;
        for (long i = 0; i < shape[dim]; i++) {
            if (i > 0) {
                out.append(dim == shape.length - 1 ? ", " : ",\n" + " ".repeat(dim + 1));
            }
            if (dim == shape.length - 1) {
                out.append(element(value, next++));
            } else {
                next = append(out, value, shape, dim + 1, next);
            }
        }
        out.append(']');
        return next;
    }

    private static ArrayNode jsonArray(NdArray value, long[] shape, int dim, int offset) {
        ArrayNode out = JSON.arrayNode();
        int stride = 1;
        for (int d = dim + 1; d < shape.length; d++) {
            stride *= (int) shape[d];
        }
        for (int i = 0; i < shape[dim]; i++) {
            out.add(dim == shape.length - 1 ? jsonElement(value, offset + i)
                    : jsonArray(value, shape, dim + 1, offset + i * stride));
        }
        return out;
    }
}
