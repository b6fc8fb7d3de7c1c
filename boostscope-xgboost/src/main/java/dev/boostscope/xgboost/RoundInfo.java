// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A completed round, as a {@link RoundListener} sees it.
 *
 * @param round the round index, from 0
 * @param metrics every evaluation result by {@code <eval>-<metric>}, in XGBoost's order
 * @param roundTime the round's wall time: update, evaluation and capture
 * @param elapsed the wall time since training started
 * @param hook the hook's statistics so far
 *
 * <p>Immutable.
 */
public record RoundInfo(int round, Map<String, Double> metrics, Duration roundTime, Duration elapsed,
        HookStatistics hook) {

    /**
     * Validates and copies.
     *
     * @param round the round
     * @param metrics the metrics
     * @param roundTime the round's time
     * @param elapsed the time since the start
     * @param hook the hook's statistics
     */
    public RoundInfo {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        Objects.requireNonNull(roundTime, "roundTime");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(hook, "hook");
    }
}
