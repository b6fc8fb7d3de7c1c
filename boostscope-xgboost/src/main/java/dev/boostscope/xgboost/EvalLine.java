// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the line {@code Booster.evalSet} returns, such as
 * {@code [3]\ttrain-mlogloss:0.26\ttrain-merror:0.1\tvalidation-mlogloss:0.43}: every {@code <eval>-<metric>} and its
 * value, in order. Every metric of every eval set is kept (XGBoost4J's own {@code evalSet(..., float[])} keeps one
 * per eval set and fails when there are more). Values are parsed as doubles from XGBoost's 17-digit text;
 * {@code nan}, {@code -nan}, {@code inf} and {@code -inf} are read as such.
 *
 * <p>Thread-safe (stateless).
 */
final class EvalLine {
    private EvalLine() {
    }

    static Map<String, Double> parse(String line) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (String item : line.split("\t")) {
            String text = item.strip();
            if (text.isEmpty() || text.startsWith("[") && text.endsWith("]")) {
                continue;
            }
            int colon = text.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "evaluation item '%s' is not name:value in '%s'", text, line));
            }
            metrics.put(text.substring(0, colon), value(text.substring(colon + 1), line));
        }
        return metrics;
    }

    private static double value(String text, String line) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "nan", "-nan" -> {
                return Double.NaN;
            }
            case "inf" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-inf" -> {
                return Double.NEGATIVE_INFINITY;
            }
            default -> {
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "evaluation value '%s' is not a number in '%s'", text, line), e);
                }
            }
        }
    }
}
