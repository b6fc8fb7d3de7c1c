// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import com.google.protobuf.ByteString;
import dev.boostscope.core.DType;
import dev.boostscope.core.FormatException;
import dev.boostscope.core.NdArray;
import dev.boostscope.core.format.proto.EventProtos.TensorProto;
import dev.boostscope.core.format.proto.EventProtos.TensorShapeProto;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Locale;

/**
 * Turns a {@code TensorProto} into an {@link NdArray}: raw {@code tensor_content}, strings in {@code string_val}, or
 * the typed value lists as a fallback when the content is empty. Every count is checked against the shape, so a
 * corrupt tensor is a {@link FormatException}, never a wrong or padded value.
 *
 * <p>Thread-safe.
 */
final class TensorDecoder {
    private static final String SUPPORTED = supportedTypes();

    private TensorDecoder() {
    }

    static NdArray decode(String tag, TensorProto tensor, String source) {
        Where where = new Where(tag, source);
        long[] shape = shape(tensor.getTensorShape(), where);
        int count = elementCount(shape, where);
        DType dtype = dtype(tensor.getDtype(), where);
        if (dtype == DType.STRING) {
            return strings(tensor, shape, count, where);
        }
        ByteString content = tensor.getTensorContent();
        if (!content.isEmpty()) {
            long expected = (long) count * dtype.byteWidth();
            if (content.size() != expected) {
                throw new FormatException(String.format(Locale.ROOT,
                        "%s: tensor_content holds %d bytes, shape %s of %s needs %d", where, content.size(),
                        Arrays.toString(shape), dtype.numpyName(), expected));
            }
            return NdArray.wrap(dtype, content.toByteArray(), shape);
        }
        return ValueLists.decode(dtype, tensor, shape, count, where);
    }

    /** Decodes UTF-8 strictly: malformed bytes are corruption, not a replacement character. */
    static String utf8(ByteString bytes, String what, String source) {
        if (!bytes.isValidUtf8()) {
            throw new FormatException(String.format(Locale.ROOT, "%s in %s is not valid UTF-8", what, source));
        }
        return bytes.toStringUtf8();
    }

    private static long[] shape(TensorShapeProto proto, Where where) {
        long[] shape = new long[proto.getDimCount()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = proto.getDim(i).getSize();
            if (shape[i] < 0) {
                throw new FormatException(String.format(Locale.ROOT,
                        "%s: dim %d has size %d: a non-negative size expected", where, i, shape[i]));
            }
        }
        return shape;
    }

    private static int elementCount(long[] shape, Where where) {
        long count = 1;
        try {
            for (long dim : shape) {
                count = Math.multiplyExact(count, dim);
            }
        } catch (ArithmeticException e) {
            count = Long.MAX_VALUE;
        }
        if (count > Integer.MAX_VALUE) {
            throw new FormatException(String.format(Locale.ROOT,
                    "%s: shape %s has more than %d elements", where, Arrays.toString(shape), Integer.MAX_VALUE));
        }
        return (int) count;
    }

    private static DType dtype(int wire, Where where) {
        try {
            return DType.fromWireValue(wire);
        } catch (IllegalArgumentException e) {
            throw new FormatException(String.format(Locale.ROOT, "%s has unknown dtype %d: one of %s expected",
                    where, wire, SUPPORTED), e);
        }
    }

    private static NdArray strings(TensorProto tensor, long[] shape, int count, Where where) {
        if (!tensor.getTensorContent().isEmpty()) {
            throw new FormatException(String.format(Locale.ROOT,
                    "%s: a string tensor (dtype 0 or 7) must not hold tensor_content", where));
        }
        if (tensor.getStringValCount() != count) {
            throw new FormatException(String.format(Locale.ROOT,
                    "%s: string_val holds %d values, shape %s needs %d", where, tensor.getStringValCount(),
                    Arrays.toString(shape), count));
        }
        String[] values = new String[count];
        for (int i = 0; i < count; i++) {
            ByteString bytes = tensor.getStringVal(i);
            if (!bytes.isValidUtf8()) {
                throw new FormatException(String.format(Locale.ROOT, "string_val[%d] in %s is not valid UTF-8",
                        i, where));
            }
            values[i] = bytes.toStringUtf8();
        }
        return NdArray.ofStringsShaped(values, shape);
    }

    /** The typed lists ({@code float_val}, {@code int64_val}, ...) TensorFlow uses when it writes no content. */
    private static final class ValueLists {
        private ValueLists() {
        }

        static NdArray decode(DType dtype, TensorProto tensor, long[] shape, int count, Where where) {
            int listed = size(dtype, tensor);
            if (listed != count) {
                String message = listed == 0 && count > 0
                        ? String.format(Locale.ROOT, "%s has no values: neither tensor_content nor %s", where,
                                name(dtype))
                        : String.format(Locale.ROOT, "%s: %s holds %d values, shape %s needs %d", where,
                                name(dtype), listed, Arrays.toString(shape), count);
                throw new FormatException(message);
            }
            ByteBuffer out = ByteBuffer.allocate(count * dtype.byteWidth()).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < count; i++) {
                put(out, dtype, tensor, i);
            }
            return NdArray.wrap(dtype, out.array(), shape);
        }

        private static int size(DType dtype, TensorProto t) {
            switch (dtype) {
                case FLOAT32: return t.getFloatValCount();
                case FLOAT64: return t.getDoubleValCount();
                case INT64: return t.getInt64ValCount();
                case UINT64: return t.getUint64ValCount();
                case UINT32: return t.getUint32ValCount();
                case BOOL: return t.getBoolValCount();
                case FLOAT16: return t.getHalfValCount();
                default: return t.getIntValCount();
            }
        }

        private static String name(DType dtype) {
            switch (dtype) {
                case FLOAT32: return "float_val";
                case FLOAT64: return "double_val";
                case INT64: return "int64_val";
                case UINT64: return "uint64_val";
                case UINT32: return "uint32_val";
                case BOOL: return "bool_val";
                case FLOAT16: return "half_val";
                default: return "int_val";
            }
        }

        private static void put(ByteBuffer out, DType dtype, TensorProto t, int i) {
            switch (dtype) {
                case FLOAT32: out.putFloat(t.getFloatVal(i)); break;
                case FLOAT64: out.putDouble(t.getDoubleVal(i)); break;
                case INT64: out.putLong(t.getInt64Val(i)); break;
                case UINT64: out.putLong(t.getUint64Val(i)); break;
                case UINT32: out.putInt(t.getUint32Val(i)); break;
                case BOOL: out.put((byte) (t.getBoolVal(i) ? 1 : 0)); break;
                case FLOAT16: out.putShort((short) t.getHalfVal(i)); break;
                case INT32: out.putInt(t.getIntVal(i)); break;
                case INT16: case UINT16: out.putShort((short) t.getIntVal(i)); break;
                default: out.put((byte) t.getIntVal(i)); break;
            }
        }
    }

    /** The tensor and file for messages, formatted only when a message is needed. */
    private record Where(String tag, String source) {
        @Override
        public String toString() {
            return "tensor '" + tag + "' in " + source;
        }
    }

    private static String supportedTypes() {
        StringBuilder text = new StringBuilder();
        for (DType type : DType.values()) {
            text.append(type.wireValue()).append(' ').append(type.numpyName()).append(", ");
        }
        return text.append("7 string").toString();
    }
}
