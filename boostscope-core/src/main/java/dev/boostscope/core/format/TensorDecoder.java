// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import com.google.protobuf.ByteString;
import dev.boostscope.core.DType;
import dev.boostscope.core.FormatException;
import dev.boostscope.core.NdArray;
import dev.boostscope.core.format.proto.EventProtos.TensorProto;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Locale;

/**
 * Turns a {@code TensorProto} into an {@link NdArray}: raw {@code tensor_content}, strings in {@code string_val}, or
 * the typed value lists as a fallback when the content is empty.
 *
 * <p>Thread-safe.
 */
final class TensorDecoder {
    private TensorDecoder() {
    }

    static NdArray decode(String tag, TensorProto tensor, String source) {
        long[] shape = tensor.getTensorShape().getDimList().stream().mapToLong(d -> d.getSize()).toArray();
        DType dtype;
        try {
            dtype = DType.fromWireValue(tensor.getDtype());
        } catch (IllegalArgumentException e) {
            throw new FormatException(String.format(Locale.ROOT, "tensor '%s' in %s has unknown dtype %d",
                    tag, source, tensor.getDtype()), e);
        }
        try {
            if (dtype == DType.STRING) {
                return strings(tensor, shape);
            }
            if (!tensor.getTensorContent().isEmpty()) {
                return NdArray.wrap(dtype, tensor.getTensorContent().toByteArray(), shape);
            }
            return fromValueLists(dtype, tensor, shape);
        } catch (IllegalArgumentException e) {
            throw new FormatException(String.format(Locale.ROOT, "tensor '%s' in %s is inconsistent: %s",
                    tag, source, e.getMessage()), e);
        }
    }

    private static NdArray strings(TensorProto tensor, long[] shape) {
        String[] values = tensor.getStringValList().stream().map(ByteString::toStringUtf8).toArray(String[]::new);
        if (shape.length == 0 && values.length == 1) {
            return NdArray.ofStrings(values, new long[0]);
        }
        return NdArray.ofStrings(values, shape.length == 0 ? new long[] {values.length} : shape);
    }

    private static NdArray fromValueLists(DType dtype, TensorProto tensor, long[] shape) {
        int count = Math.toIntExact(Arrays.stream(shape).reduce(1, Math::multiplyExact));
        ByteBuffer out = ByteBuffer.allocate(count * dtype.byteWidth()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) {
            putElement(out, dtype, tensor, i);
        }
        return NdArray.wrap(dtype, out.array(), shape);
    }

    private static void putElement(ByteBuffer out, DType dtype, TensorProto tensor, int i) {
        switch (dtype) {
            case FLOAT32: out.putFloat(pick(tensor.getFloatValList(), i)); break;
            case FLOAT64: out.putDouble(pick(tensor.getDoubleValList(), i)); break;
            case INT64: out.putLong(pick(tensor.getInt64ValList(), i)); break;
            case UINT64: out.putLong(pick(tensor.getUint64ValList(), i)); break;
            case UINT32: out.putInt(pick(tensor.getUint32ValList(), i)); break;
            case BOOL: out.put((byte) (pick(tensor.getBoolValList(), i) ? 1 : 0)); break;
            case INT32: out.putInt(pick(tensor.getIntValList(), i)); break;
            case INT16: case UINT16: out.putShort(pick(tensor.getIntValList(), i).shortValue()); break;
            case INT8: case UINT8: out.put(pick(tensor.getIntValList(), i).byteValue()); break;
            case FLOAT16: out.putShort(pick(tensor.getHalfValList(), i).shortValue()); break;
            default: throw new IllegalArgumentException("no value list for " + dtype.numpyName());
        }
    }

    /** A single listed value stands for every element, as TensorFlow's make_ndarray fills. */
    private static <T> T pick(java.util.List<T> values, int i) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("tensor has neither tensor_content nor typed values");
        }
        return values.size() == 1 ? values.get(0) : values.get(Math.min(i, values.size() - 1));
    }
}
