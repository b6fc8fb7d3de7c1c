// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One metric's curves on each evaluation set, so train and validation can be drawn together: all the
 * {@code <eval>-mlogloss} series, for example.
 *
 * <p>Immutable.
 *
 * @param metric the metric's name, such as {@code mlogloss}
 * @param series the curves, one per evaluation set, named by their full tensor name; the training set first
 */
public record MetricGroup(String metric, List<Series> series) {

    /**
     * Validates and copies.
     *
     * @param metric the metric's name
     * @param series the curves
     */
    public MetricGroup {
        Objects.requireNonNull(metric, "metric");
        series = List.copyOf(series);
    }

    /**
     * Groups metric series by metric name: {@code train-rmse} and {@code validation-rmse} land in one group.
     *
     * @param metrics series named {@code <eval>-<metric>}
     * @return the groups sorted by metric name, each with the training curve first, then the others by name
     * @throws IllegalArgumentException if a series name is not a metric name
     */
    public static List<MetricGroup> groupAll(List<Series> metrics) {
        Map<String, List<Series>> byMetric = new TreeMap<>();
        for (Series series : metrics) {
            MetricName name = MetricName.parse(series.name());
            byMetric.computeIfAbsent(name.metric(), key -> new ArrayList<>()).add(series);
        }
        List<MetricGroup> groups = new ArrayList<>();
        Comparator<Series> trainFirst = Comparator.comparing((Series s) -> !MetricName.parse(s.name()).trainSet())
                .thenComparing(Series::name);
        for (Map.Entry<String, List<Series>> entry : byMetric.entrySet()) {
            List<Series> sorted = new ArrayList<>(entry.getValue());
            sorted.sort(trainFirst);
            groups.add(new MetricGroup(entry.getKey(), sorted));
        }
        return List.copyOf(groups);
    }

    /**
     * Returns the curve on the training set.
     *
     * @return the {@code train-<metric>} series, or empty if the run did not evaluate the training set
     */
    public Optional<Series> train() {
        return series.stream().filter(s -> MetricName.parse(s.name()).trainSet()).findFirst();
    }

    /**
     * Returns the curves on the other evaluation sets (validation, test, ...).
     *
     * @return the series, by name; possibly empty
     */
    public List<Series> validation() {
        return series.stream().filter(s -> !MetricName.parse(s.name()).trainSet()).toList();
    }

    /**
     * Returns whether this metric is a loss (lower is better).
     *
     * @return see {@link MetricName#lowerIsBetter()}
     */
    public boolean lowerIsBetter() {
        return new MetricName("x", metric).lowerIsBetter();
    }
}
