// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.state;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a job's {@code FinalMetricDataList}: a metric's value after the last round, named as SageMaker's
 * XGBoost names them ({@code validation:mlogloss}).
 *
 * @param metricName the metric, {@code <channel>:<metric>}
 * @param value the value
 * @param timestamp when it was measured
 *
 * <p>Immutable.
 */
public record MetricData(String metricName, double value, Instant timestamp) {

    /**
     * Validates.
     *
     * @param metricName the metric name
     * @param value the value
     * @param timestamp when it was measured
     */
    public MetricData {
        Objects.requireNonNull(metricName, "metricName");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
