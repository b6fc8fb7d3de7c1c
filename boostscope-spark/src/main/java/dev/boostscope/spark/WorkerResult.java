// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the rank-0 task sends back to the driver: the trained model and XGBoost4J-Spark's per-round metrics.
 *
 * @param model the booster in XGBoost's default binary form
 * @param metrics the last metric of each eval set per round, by eval set name, in XGBoost's order
 *
 * <p>Immutable once made; the arrays are not copied (it crosses the wire once).
 */
record WorkerResult(byte[] model, LinkedHashMap<String, float[]> metrics) implements Serializable {
    private static final long serialVersionUID = 1L;

    WorkerResult {
        Objects.requireNonNull(model, "model");
        metrics = new LinkedHashMap<>(metrics);
    }

    /** Returns the metrics; the caller must not change them. */
    Map<String, float[]> metricsView() {
        return java.util.Collections.unmodifiableMap(metrics);
    }
}
