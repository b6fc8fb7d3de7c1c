// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A named curve over steps, such as {@code train-mlogloss} or the accuracy of class {@code 3}.
 *
 * <p>Immutable.
 *
 * @param name the curve's name, as it came from the data
 * @param points the points, in ascending step order
 */
public record Series(String name, List<StepValue> points) {

    /**
     * Validates and copies.
     *
     * @param name the curve's name
     * @param points the points, ascending by step
     * @throws IllegalArgumentException if the steps are not strictly ascending
     */
    public Series {
        Objects.requireNonNull(name, "name");
        points = List.copyOf(points);
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).step() <= points.get(i - 1).step()) {
                throw new IllegalArgumentException("points of series '" + name
                        + "' must have ascending steps: " + points.get(i - 1).step() + " then " + points.get(i).step());
            }
        }
    }

    /**
     * Returns a series from values by step.
     *
     * @param name the curve's name
     * @param values the values by step
     * @return the series
     */
    public static Series of(String name, SortedMap<Integer, Double> values) {
        List<StepValue> points = new ArrayList<>(values.size());
        for (Map.Entry<Integer, Double> entry : values.entrySet()) {
            points.add(new StepValue(entry.getKey(), entry.getValue()));
        }
        return new Series(name, points);
    }

    /**
     * Returns the last point.
     *
     * @return the point with the highest step, or empty if the series has none
     */
    public Optional<StepValue> last() {
        return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
    }

    /**
     * Returns the value at a step.
     *
     * @param step a global step
     * @return the value, or empty if the series has no point there
     */
    public Optional<Double> valueAt(int step) {
        for (StepValue point : points) {
            if (point.step() == step) {
                return Optional.of(point.value());
            }
        }
        return Optional.empty();
    }
}
