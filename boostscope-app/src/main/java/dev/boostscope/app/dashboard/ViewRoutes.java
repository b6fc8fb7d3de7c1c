// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import io.javalin.config.JavalinConfig;

/**
 * The handlers of a run's views: metric curves, confusion matrices, per-class accuracy, feature importance, SHAP.
 *
 * <p>Thread-safe.
 */
final class ViewRoutes {
    private final RunRoutes runs;

    ViewRoutes(RunRoutes runs) {
        this.runs = runs;
    }

    void register(JavalinConfig config) {
        // the view endpoints land with the view models (issue 8)
        runs.hub();
    }
}
