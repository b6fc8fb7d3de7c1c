// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Formats numbers for finding messages: six significant digits, no trailing zeros, plain notation for ordinary
 * magnitudes ({@code 0.3}, {@code 1800}, {@code 1E-8}).
 *
 * <p>Thread-safe.
 */
final class Numbers {
    private static final MathContext SIX_DIGITS = new MathContext(6);

    private Numbers() {
    }

    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(SIX_DIGITS).stripTrailingZeros();
        double magnitude = Math.abs(value);
        return magnitude >= 1e-4 && magnitude < 1e9 ? rounded.toPlainString() : rounded.toString();
    }

    static String percent(double value) {
        return format(value) + "%";
    }
}
