// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A metric tensor name split as XGBoost builds it: {@code <eval>-<metric>}, such as {@code validation-mlogloss}.
 *
 * <p>Immutable.
 *
 * @param eval the evaluation set's name, such as {@code train} or {@code validation}
 * @param metric the metric's name, such as {@code mlogloss}; may itself contain dashes
 */
public record MetricName(String eval, String metric) {

    /**
     * Validates.
     *
     * @param eval the evaluation set's name
     * @param metric the metric's name
     */
    public MetricName {
        Objects.requireNonNull(eval, "eval");
        Objects.requireNonNull(metric, "metric");
    }

    /**
     * Splits a tensor name at its first dash.
     *
     * @param tensorName a name such as {@code train-rmse}
     * @return the parts
     * @throws IllegalArgumentException if the name has no dash with text on both sides
     */
    public static MetricName parse(String tensorName) {
        int dash = tensorName.indexOf('-');
        if (dash <= 0 || dash == tensorName.length() - 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "metric name must look like '<eval>-<metric>': '%s'", tensorName));
        }
        return new MetricName(tensorName.substring(0, dash), tensorName.substring(dash + 1));
    }

    /**
     * Returns whether the tensor name has the {@code <eval>-<metric>} shape.
     *
     * @param tensorName a tensor name
     * @return true if {@link #parse} accepts it and it holds no {@code /}
     */
    public static boolean isMetricName(String tensorName) {
        int dash = tensorName.indexOf('-');
        return dash > 0 && dash < tensorName.length() - 1 && tensorName.indexOf('/') < 0;
    }

    /**
     * Returns whether the evaluation set is the training set.
     *
     * @return true for {@code train} (any case)
     */
    public boolean trainSet() {
        return eval.toLowerCase(Locale.ROOT).equals("train");
    }

    /**
     * Returns whether the metric is a loss in smdebug's sense: not an AUC or MAP, which grow as the model improves.
     *
     * @return false for metrics ending in {@code auc} or {@code map}
     */
    public boolean lowerIsBetter() {
        String lower = metric.toLowerCase(Locale.ROOT);
        return !(lower.endsWith("auc") || lower.endsWith("map") || lower.startsWith("map@")
                || lower.startsWith("ndcg") || lower.startsWith("pre@"));
    }

    /**
     * Returns the tensor name.
     *
     * @return {@code eval + "-" + metric}
     */
    @Override
    public String toString() {
        return eval + "-" + metric;
    }
}
