// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import java.util.Map;

/**
 * Whether a round's eval line is printed, as XGBoost4J's {@code XGBoost.train} decides: never when {@code silent} is
 * true or a non-zero integer; with {@code verbose_eval} false or 0 never, an integer k every k rounds, otherwise
 * always.
 *
 * <p>Thread-safe (stateless).
 */
final class EvalPrinting {
    private EvalPrinting() {
    }

    static boolean shouldPrint(Map<String, Object> params, int round) {
        Object silent = params.get("silent");
        Integer silentInt = integer(silent);
        if (silent != null && ("true".equals(silent.toString()) || "True".equals(silent.toString())
                || Boolean.TRUE.equals(silent) || silentInt != null && silentInt != 0)) {
            return false;
        }
        Object verbose = params.get("verbose_eval");
        if (verbose == null) {
            return true;
        }
        if ("false".equals(verbose.toString()) || "False".equals(verbose.toString())) {
            return false;
        }
        Integer every = integer(verbose);
        return every == null || every != 0 && round % every == 0;
    }

    private static Integer integer(Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof String s) {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
