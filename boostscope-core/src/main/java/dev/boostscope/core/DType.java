// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core;

import java.util.Locale;

/**
 * The element type of a tensor, with its TensorFlow {@code DataType} number and numpy-style name.
 *
 * <p>{@link #STRING} is written with the wire number 0 (unset), as smdebug writes strings; a reader also accepts 7.
 *
 * <p>Immutable.
 */
public enum DType {
    /** IEEE half precision. */
    FLOAT16(19, 2, "float16"),
    /** IEEE single precision. */
    FLOAT32(1, 4, "float32"),
    /** IEEE double precision. */
    FLOAT64(2, 8, "float64"),
    /** Signed 8-bit integer. */
    INT8(6, 1, "int8"),
    /** Signed 16-bit integer. */
    INT16(5, 2, "int16"),
    /** Signed 32-bit integer. */
    INT32(3, 4, "int32"),
    /** Signed 64-bit integer. */
    INT64(9, 8, "int64"),
    /** Unsigned 8-bit integer. */
    UINT8(4, 1, "uint8"),
    /** Unsigned 16-bit integer. */
    UINT16(17, 2, "uint16"),
    /** Unsigned 32-bit integer. */
    UINT32(22, 4, "uint32"),
    /** Unsigned 64-bit integer (values above {@code Long.MAX_VALUE} read back negative as longs). */
    UINT64(23, 8, "uint64"),
    /** Boolean, one byte per element. */
    BOOL(10, 1, "bool"),
    /** UTF-8 string; written with dtype unset and one {@code string_val} per element. */
    STRING(0, 0, "string");

    private final int wireValue;
    private final int byteWidth;
    private final String numpyName;

    DType(int wireValue, int byteWidth, String numpyName) {
        this.wireValue = wireValue;
        this.byteWidth = byteWidth;
        this.numpyName = numpyName;
    }

    /**
     * Returns the TensorFlow {@code DataType} number written for this type (0 for strings).
     *
     * @return the wire number
     */
    public int wireValue() {
        return wireValue;
    }

    /**
     * Returns the size of one element in bytes; 0 for strings.
     *
     * @return the element width
     */
    public int byteWidth() {
        return byteWidth;
    }

    /**
     * Returns the numpy-style name, such as {@code float64}.
     *
     * @return the name
     */
    public String numpyName() {
        return numpyName;
    }

    /**
     * Returns whether elements are numbers (or booleans), stored as raw little-endian bytes.
     *
     * @return true for every type but {@link #STRING}
     */
    public boolean isNumeric() {
        return this != STRING;
    }

    /**
     * Returns the type with a TensorFlow {@code DataType} number; 0 and 7 both mean string.
     *
     * @param value the wire number
     * @return the type
     * @throws IllegalArgumentException if the number is not supported
     */
    public static DType fromWireValue(int value) {
        if (value == 7) {
            return STRING;
        }
        for (DType type : values()) {
            if (type.wireValue == value) {
                return type;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT, "unsupported tensor dtype number: %d", value));
    }

    /**
     * Returns the type with a numpy-style name.
     *
     * @param name a name such as {@code float32}
     * @return the type
     * @throws IllegalArgumentException if no type has that name
     */
    public static DType parse(String name) {
        for (DType type : values()) {
            if (type.numpyName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT, "unknown dtype: '%s'", name));
    }
}
