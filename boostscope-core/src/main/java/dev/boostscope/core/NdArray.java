// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A typed n-dimensional array: a tensor's value at one step.
 *
 * <p>Numbers are held as their raw row-major little-endian bytes, exactly as stored on disk, so reading a value costs
 * one copy and converting it to a Java array is one pass. Strings are held as Java strings. A scalar saved by XGBoost
 * has shape {@code [1]}; a genuine 0-d array has shape {@code []} and one element.
 *
 * <p>Immutable and thread-safe.
 */
public final class NdArray {
    private final DType dtype;
    private final long[] shape;
    private final int size;
    private final byte[] data;
    private final String[] strings;

    private NdArray(DType dtype, long[] shape, byte[] data, String[] strings) {
        this.dtype = dtype;
        this.shape = shape;
        this.size = elementCount(shape);
        this.data = data;
        this.strings = strings;
    }

    /**
     * Returns an array over raw little-endian bytes.
     *
     * @param dtype a numeric element type
     * @param littleEndianBytes the elements in row-major order; copied
     * @param shape the dimensions; copied
     * @return the array
     * @throws IllegalArgumentException if the type is {@link DType#STRING}, a dimension is negative, or the byte count
     *     is not the element count times the element width
     */
    public static NdArray ofBytes(DType dtype, byte[] littleEndianBytes, long... shape) {
        return wrap(dtype, littleEndianBytes.clone(), shape.clone());
    }

    /**
     * Returns an array over raw little-endian bytes without copying them; the caller must not change them afterwards.
     *
     * @param dtype a numeric element type
     * @param littleEndianBytes the elements in row-major order; not copied
     * @param shape the dimensions; not copied
     * @return the array
     * @throws IllegalArgumentException as {@link #ofBytes}
     */
    public static NdArray wrap(DType dtype, byte[] littleEndianBytes, long[] shape) {
        Objects.requireNonNull(dtype, "dtype");
        if (!dtype.isNumeric()) {
            throw new IllegalArgumentException("dtype must be numeric for raw bytes: string");
        }
        checkShape(shape);
        long expected = (long) elementCount(shape) * dtype.byteWidth();
        if (littleEndianBytes.length != expected) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "byte count must be %d for %s %s: %d", expected, dtype.numpyName(), Arrays.toString(shape),
                    littleEndianBytes.length));
        }
        return new NdArray(dtype, shape, littleEndianBytes, null);
    }

    /**
     * Returns a float64 array.
     *
     * @param values the elements in row-major order; copied
     * @param shape the dimensions; none means a 1-d array of {@code values.length}
     * @return the array
     */
    public static NdArray ofDoubles(double[] values, long... shape) {
        ByteBuffer buffer = allocate(values.length, 8);
        buffer.asDoubleBuffer().put(values);
        return wrap(DType.FLOAT64, buffer.array(), shapeOr(shape, values.length));
    }

    /**
     * Returns a float32 array.
     *
     * @param values the elements in row-major order; copied
     * @param shape the dimensions; none means a 1-d array of {@code values.length}
     * @return the array
     */
    public static NdArray ofFloats(float[] values, long... shape) {
        ByteBuffer buffer = allocate(values.length, 4);
        buffer.asFloatBuffer().put(values);
        return wrap(DType.FLOAT32, buffer.array(), shapeOr(shape, values.length));
    }

    /**
     * Returns an int32 array.
     *
     * @param values the elements in row-major order; copied
     * @param shape the dimensions; none means a 1-d array of {@code values.length}
     * @return the array
     */
    public static NdArray ofInts(int[] values, long... shape) {
        ByteBuffer buffer = allocate(values.length, 4);
        buffer.asIntBuffer().put(values);
        return wrap(DType.INT32, buffer.array(), shapeOr(shape, values.length));
    }

    /**
     * Returns an int64 array.
     *
     * @param values the elements in row-major order; copied
     * @param shape the dimensions; none means a 1-d array of {@code values.length}
     * @return the array
     */
    public static NdArray ofLongs(long[] values, long... shape) {
        ByteBuffer buffer = allocate(values.length, 8);
        buffer.asLongBuffer().put(values);
        return wrap(DType.INT64, buffer.array(), shapeOr(shape, values.length));
    }

    /**
     * Returns a bool array.
     *
     * @param values the elements in row-major order; copied
     * @param shape the dimensions; none means a 1-d array of {@code values.length}
     * @return the array
     */
    public static NdArray ofBooleans(boolean[] values, long... shape) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) (values[i] ? 1 : 0);
        }
        return wrap(DType.BOOL, bytes, shapeOr(shape, values.length));
    }

    /**
     * Returns a string array.
     *
     * @param values the elements in row-major order; copied
     * @param shape the dimensions; none means a 1-d array of {@code values.length}
     * @return the array
     */
    public static NdArray ofStrings(String[] values, long... shape) {
        return ofStringsShaped(values, shapeOr(shape, values.length));
    }

    /**
     * Returns a string array of exactly the given shape: unlike {@link #ofStrings}, an empty shape means a 0-d array
     * of one element.
     *
     * @param values the elements in row-major order; copied
     * @param shape the dimensions; copied
     * @return the array
     * @throws IllegalArgumentException if a dimension is negative or the element count does not match the shape
     */
    public static NdArray ofStringsShaped(String[] values, long[] shape) {
        long[] dims = shape.clone();
        checkShape(dims);
        if (elementCount(dims) != values.length) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "element count must be %d for shape %s: %d", elementCount(dims), Arrays.toString(dims),
                    values.length));
        }
        String[] copy = values.clone();
        for (int i = 0; i < copy.length; i++) {
            Objects.requireNonNull(copy[i], "values[" + i + "]");
        }
        return new NdArray(DType.STRING, dims, null, copy);
    }

    /**
     * Returns a float64 scalar of shape {@code [1]}, as XGBoost scalars are saved.
     *
     * @param value the value
     * @return the array
     */
    public static NdArray scalar(double value) {
        return ofDoubles(new double[] {value}, 1);
    }

    /**
     * Returns the element type.
     *
     * @return the type
     */
    public DType dtype() {
        return dtype;
    }

    /**
     * Returns the dimensions.
     *
     * @return a copy of the shape
     */
    public long[] shape() {
        return shape.clone();
    }

    /**
     * Returns the number of dimensions.
     *
     * @return the rank
     */
    public int rank() {
        return shape.length;
    }

    /**
     * Returns the number of elements.
     *
     * @return the product of the dimensions
     */
    public int size() {
        return size;
    }

    /**
     * Returns the raw little-endian element bytes; empty for strings.
     *
     * @return a copy of the bytes
     */
    public byte[] toByteArray() {
        return data == null ? new byte[0] : data.clone();
    }

    /**
     * Returns a read-only little-endian view of the raw element bytes, without copying them; empty for strings.
     * Encoders use it to serialize large arrays with one copy.
     *
     * @return a read-only buffer positioned at the first byte, with the whole content remaining
     */
    public ByteBuffer asReadOnlyBuffer() {
        ByteBuffer buffer = data == null ? ByteBuffer.allocate(0) : ByteBuffer.wrap(data);
        return buffer.asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Returns the element at a row-major position as a double (booleans as 0 or 1).
     *
     * @param index the flat index
     * @return the element
     * @throws IllegalStateException if the array holds strings
     * @throws IndexOutOfBoundsException if the index is outside the array
     */
    public double getDouble(int index) {
        Objects.checkIndex(index, size);
        ByteBuffer buffer = buffer();
        int offset = index * dtype.byteWidth();
        switch (dtype) {
            case FLOAT16: return halfToFloat(buffer.getShort(offset));
            case FLOAT32: return buffer.getFloat(offset);
            case FLOAT64: return buffer.getDouble(offset);
            case INT8: return buffer.get(offset);
            case INT16: return buffer.getShort(offset);
            case INT32: return buffer.getInt(offset);
            case INT64: return buffer.getLong(offset);
            case UINT8: case BOOL: return Byte.toUnsignedInt(buffer.get(offset));
            case UINT16: return Short.toUnsignedInt(buffer.getShort(offset));
            case UINT32: return Integer.toUnsignedLong(buffer.getInt(offset));
            case UINT64: return unsignedToDouble(buffer.getLong(offset));
            default: throw notNumeric();
        }
    }

    /**
     * Returns the element at a row-major position as a long; floating values are truncated toward zero.
     *
     * @param index the flat index
     * @return the element
     * @throws IllegalStateException if the array holds strings
     * @throws IndexOutOfBoundsException if the index is outside the array
     */
    public long getLong(int index) {
        Objects.checkIndex(index, size);
        ByteBuffer buffer = buffer();
        int offset = index * dtype.byteWidth();
        switch (dtype) {
            case INT64: case UINT64: return buffer.getLong(offset);
            case UINT32: return Integer.toUnsignedLong(buffer.getInt(offset));
            default: return (long) getDouble(index);
        }
    }

    /**
     * Returns the element at a row-major position as a string; numbers are formatted as Java does.
     *
     * @param index the flat index
     * @return the element
     * @throws IndexOutOfBoundsException if the index is outside the array
     */
    public String getString(int index) {
        Objects.checkIndex(index, size);
        if (strings != null) {
            return strings[index];
        }
        switch (dtype) {
            case BOOL: return getDouble(index) != 0 ? "True" : "False";
            case FLOAT16: case FLOAT32: case FLOAT64: return Double.toString(getDouble(index));
            default: return Long.toString(getLong(index));
        }
    }

    /**
     * Returns the single element of a one-element array as a double.
     *
     * @return the element
     * @throws IllegalStateException if the array does not hold exactly one number
     */
    public double scalarValue() {
        if (size != 1) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "array must hold exactly one element to be a scalar: shape %s", Arrays.toString(shape)));
        }
        return getDouble(0);
    }

    /**
     * Returns the elements as doubles, converting any numeric type.
     *
     * @return a new array
     * @throws IllegalStateException if the array holds strings
     */
    public double[] toDoubleArray() {
        if (dtype == DType.FLOAT64) {
            double[] out = new double[size];
            buffer().asDoubleBuffer().get(out);
            return out;
        }
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = getDouble(i);
        }
        return out;
    }

    /**
     * Returns the elements as floats, converting any numeric type.
     *
     * @return a new array
     * @throws IllegalStateException if the array holds strings
     */
    public float[] toFloatArray() {
        float[] out = new float[size];
        if (dtype == DType.FLOAT32) {
            buffer().asFloatBuffer().get(out);
            return out;
        }
        for (int i = 0; i < size; i++) {
            out[i] = (float) getDouble(i);
        }
        return out;
    }

    /**
     * Returns the elements as longs, converting any numeric type (floating values truncated toward zero).
     *
     * @return a new array
     * @throws IllegalStateException if the array holds strings
     */
    public long[] toLongArray() {
        long[] out = new long[size];
        for (int i = 0; i < size; i++) {
            out[i] = getLong(i);
        }
        return out;
    }

    /**
     * Returns the elements as ints, converting any numeric type (floating values truncated toward zero).
     *
     * @return a new array
     * @throws IllegalStateException if the array holds strings
     */
    public int[] toIntArray() {
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = (int) getLong(i);
        }
        return out;
    }

    /**
     * Returns the elements as booleans: non-zero is true.
     *
     * @return a new array
     * @throws IllegalStateException if the array holds strings
     */
    public boolean[] toBooleanArray() {
        boolean[] out = new boolean[size];
        for (int i = 0; i < size; i++) {
            out[i] = getDouble(i) != 0;
        }
        return out;
    }

    /**
     * Returns the elements as strings; numbers are formatted.
     *
     * @return a new array
     */
    public String[] toStringArray() {
        if (strings != null) {
            return strings.clone();
        }
        String[] out = new String[size];
        for (int i = 0; i < size; i++) {
            out[i] = getString(i);
        }
        return out;
    }

    /**
     * Returns the UTF-8 bytes of each string element; only for {@link DType#STRING}.
     *
     * @return one byte array per element
     * @throws IllegalStateException if the array holds numbers
     */
    public byte[][] toUtf8() {
        if (strings == null) {
            throw new IllegalStateException("array holds " + dtype.numpyName() + ", not strings");
        }
        byte[][] out = new byte[strings.length][];
        for (int i = 0; i < strings.length; i++) {
            out[i] = strings[i].getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof NdArray)) {
            return false;
        }
        NdArray that = (NdArray) other;
        return dtype == that.dtype && Arrays.equals(shape, that.shape) && Arrays.equals(data, that.data)
                && Arrays.equals(strings, that.strings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dtype, Arrays.hashCode(shape), Arrays.hashCode(data), Arrays.hashCode(strings));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        text.append(dtype.numpyName()).append(Arrays.toString(shape)).append(' ');
        int shown = Math.min(size, 8);
        text.append('[');
        for (int i = 0; i < shown; i++) {
            text.append(i == 0 ? "" : ", ").append(getString(i));
        }
        return text.append(size > shown ? ", ...]" : "]").toString();
    }

    private ByteBuffer buffer() {
        if (data == null) {
            throw notNumeric();
        }
        return ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    }

    private IllegalStateException notNumeric() {
        return new IllegalStateException("array holds strings, not numbers");
    }

    private static ByteBuffer allocate(int count, int width) {
        return ByteBuffer.allocate(Math.multiplyExact(count, width)).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static long[] shapeOr(long[] shape, int length) {
        return shape.length == 0 ? new long[] {length} : shape.clone();
    }

    private static void checkShape(long[] shape) {
        for (long dim : shape) {
            if (dim < 0) {
                throw new IllegalArgumentException("dimensions must be non-negative: " + Arrays.toString(shape));
            }
        }
        elementCount(shape);
    }

    private static int elementCount(long[] shape) {
        long count = 1;
        for (long dim : shape) {
            count = Math.multiplyExact(count, dim);
        }
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many elements: " + Arrays.toString(shape));
        }
        return (int) count;
    }

    private static float halfToFloat(short bits) {
        int sign = (bits & 0x8000) << 16;
        int exponent = (bits >>> 10) & 0x1f;
        int mantissa = bits & 0x3ff;
        if (exponent == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | (mantissa << 13));
        }
        if (exponent == 0) {
            float magnitude = mantissa * 0x1p-24f;
            return sign == 0 ? magnitude : -magnitude;
        }
        return Float.intBitsToFloat(sign | ((exponent + 112) << 23) | (mantissa << 13));
    }

    private static double unsignedToDouble(long value) {
        double high = (double) (value >>> 1) * 2.0;
        return high + (value & 1);
    }
}
