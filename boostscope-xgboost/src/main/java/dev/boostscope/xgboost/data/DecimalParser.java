// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.data;

import java.nio.charset.StandardCharsets;

/**
 * Parses decimal numbers straight from bytes, correctly rounded to {@code float}, without allocating.
 *
 * <p>Grammar: {@code [+-]? (DIGITS [. DIGITS?] | . DIGITS) ([eE] [+-]? DIGITS)?}, or {@code nan}, {@code inf},
 * {@code infinity} in any case with an optional sign. Anything else is malformed.
 *
 * <p>The fast path is Clinger's: a mantissa below 2<sup>53</sup> and a power of ten up to 22 give a correctly
 * rounded {@code double} in one multiplication or division. Narrowing that to {@code float} is also correctly rounded
 * unless the double landed exactly on a midpoint between two floats, or outside the normal float range; those rare
 * cases, and mantissas longer than 18 digits, go to {@link Float#parseFloat}, which is exact.
 *
 * <p>Stateless and thread-safe.
 */
final class DecimalParser {
    /** Thrown for malformed text; carries no stack trace because the caller turns it into an {@link
     * InputFormatException} with the context at once. */
    static final class MalformedNumberException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedNumberException() {
            super("malformed number", null, false, false);
        }
    }

    private static final MalformedNumberException MALFORMED = new MalformedNumberException();
    private static final double[] POWERS_OF_TEN = new double[23];
    private static final int MAX_FAST_DIGITS = 18;
    private static final long MAX_EXACT_MANTISSA = 1L << 53;
    /** The 29 low mantissa bits that a double has and a float does not; this pattern is a float midpoint. */
    private static final long FLOAT_DROPPED_BITS = (1L << 29) - 1;
    private static final long FLOAT_MIDPOINT = 1L << 28;

    static {
        double power = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = power;
            power *= 10;
        }
    }

    private DecimalParser() {
    }

    /**
     * Parses {@code bytes[from, to)} as a float.
     *
     * @param bytes the buffer
     * @param from the first byte
     * @param to one past the last byte
     * @return the correctly rounded value; infinite if the text overflows the float range
     * @throws MalformedNumberException if the text is not a number in the grammar above
     */
    static float parseFloat(byte[] bytes, int from, int to) {
        // one method on purpose: the scan yields four values (mantissa, digit count, exponent, position) that a
        // helper could only hand back through an object, on the hottest path of the reader
        int i = from;
        boolean negative = false;
        if (i < to && (bytes[i] == '-' || bytes[i] == '+')) {
            negative = bytes[i] == '-';
            i++;
        }
        if (i < to && isLetter(bytes[i])) {
            return special(bytes, i, to, negative);
        }
        long mantissa = 0;
        int digits = 0;
        int exponent = 0;
        boolean anyDigit = false;
        boolean seenPoint = false;
        for (; i < to; i++) {
            byte b = bytes[i];
            if (isDigit(b)) {
                anyDigit = true;
                int digit = b - '0';
                if (mantissa != 0 || digit != 0) {
                    // past 18 significant digits the slow path takes over, so the mantissa and exponent stop mattering
                    mantissa = digits < MAX_FAST_DIGITS ? mantissa * 10 + digit : mantissa;
                    digits++;
                }
                exponent -= seenPoint ? 1 : 0;
            } else if (b == '.' && !seenPoint) {
                seenPoint = true;
            } else {
                break;
            }
        }
        if (!anyDigit) {
            throw MALFORMED;
        }
        if (i < to) {
            exponent += parseExponent(bytes, i, to);
        }
        if (digits > MAX_FAST_DIGITS) {
            return slow(bytes, from, to);
        }
        return fast(mantissa, exponent, negative, bytes, from, to);
    }

    private static float fast(long mantissa, int exponent, boolean negative, byte[] bytes, int from, int to) {
        if (mantissa == 0) {
            return negative ? -0.0f : 0.0f;
        }
        if (mantissa >= MAX_EXACT_MANTISSA || exponent < -22 || exponent > 22) {
            return slow(bytes, from, to);
        }
        double value = exponent >= 0 ? mantissa * POWERS_OF_TEN[exponent] : mantissa / POWERS_OF_TEN[-exponent];
        if (value < Float.MIN_NORMAL || value > Float.MAX_VALUE
                || (Double.doubleToRawLongBits(value) & FLOAT_DROPPED_BITS) == FLOAT_MIDPOINT) {
            return slow(bytes, from, to);
        }
        float result = (float) value;
        return negative ? -result : result;
    }

    /** Parses {@code [eE][+-]?DIGITS} spanning exactly {@code bytes[i, to)}; large exponents saturate. */
    private static int parseExponent(byte[] bytes, int i, int to) {
        if (bytes[i] != 'e' && bytes[i] != 'E') {
            throw MALFORMED;
        }
        i++;
        boolean negative = false;
        if (i < to && (bytes[i] == '-' || bytes[i] == '+')) {
            negative = bytes[i] == '-';
            i++;
        }
        if (i == to) {
            throw MALFORMED;
        }
        int value = 0;
        for (; i < to; i++) {
            if (!isDigit(bytes[i])) {
                throw MALFORMED;
            }
            value = Math.min(value * 10 + (bytes[i] - '0'), 100_000);
        }
        return negative ? -value : value;
    }

    private static float special(byte[] bytes, int i, int to, boolean negative) {
        if (matches(bytes, i, to, "nan")) {
            return Float.NaN;
        }
        if (matches(bytes, i, to, "inf") || matches(bytes, i, to, "infinity")) {
            return negative ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY;
        }
        throw MALFORMED;
    }

    private static boolean matches(byte[] bytes, int i, int to, String word) {
        if (to - i != word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if ((bytes[i + k] | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static float slow(byte[] bytes, int from, int to) {
        // the grammar was checked above, so Float.parseFloat sees only plain decimal text and rounds it exactly
        return Float.parseFloat(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1));
    }

    static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean isLetter(byte b) {
        int lower = b | 0x20;
        return lower >= 'a' && lower <= 'z';
    }
}
