// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.capture;

import java.util.HashSet;
import java.util.Set;

/**
 * Logs each kind of capture warning once per run, through {@link System.Logger} (the hook carries no logging
 * framework).
 *
 * <p>Not thread-safe.
 */
final class OnceLog {
    private static final System.Logger LOGGER = System.getLogger("dev.boostscope.xgboost");

    private final Set<String> warned = new HashSet<>();

    void warnOnce(String kind, String message) {
        if (warned.add(kind)) {
            LOGGER.log(System.Logger.Level.WARNING, "boostscope hook: " + message);
        }
    }
}
