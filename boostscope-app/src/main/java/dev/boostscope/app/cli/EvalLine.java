// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the line XGBoost's {@code Booster.evalSet} returns, {@code [3]\ttrain-merror:0.0841\tvalidation-merror:0.1},
 * into metric values keyed {@code train-merror}, {@code validation-merror}, ...
 *
 * <p>Stateless and thread-safe.
 */
final class EvalLine {
    private EvalLine() {
    }

    /**
     * Returns the metrics of one evaluation line, in order.
     *
     * @param line what {@code evalSet} returned
     * @return the values by {@code SET-METRIC}
     * @throws IllegalStateException if a field is not {@code NAME:NUMBER}
     */
    static Map<String, Double> parse(String line) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (String field : line.strip().split("\t")) {
            if (field.startsWith("[")) {
                continue;
            }
            int colon = field.lastIndexOf(':');
            try {
                metrics.put(field.substring(0, colon), Double.parseDouble(field.substring(colon + 1)));
            } catch (RuntimeException e) {
                throw new IllegalStateException(String.format(Locale.ROOT,
                        "unexpected field '%s' in XGBoost's evaluation line '%s'", field, line.strip()), e);
            }
        }
        return metrics;
    }
}
