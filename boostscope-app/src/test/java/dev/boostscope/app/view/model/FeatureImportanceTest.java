// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

final class FeatureImportanceTest {

    private static SortedMap<Integer, Double> values(int step, double value) {
        SortedMap<Integer, Double> map = new TreeMap<>();
        map.put(step, value);
        return map;
    }

    @Test
    void top_lastStep_highestFirstAndLimited() {
        Map<String, SortedMap<Integer, Double>> values = new LinkedHashMap<>();
        values.put("f0", values(3, 0.2));
        values.put("f1", values(3, 0.5));
        values.put("f2", values(3, 0.3));
        values.put("old", values(1, 0.9));

        FeatureImportance importance = FeatureImportance.of("gain", values);

        assertThat(importance.lastStep()).isEqualTo(3);
        assertThat(importance.top(2)).containsExactly(new FeatureScore("f1", 0.5), new FeatureScore("f2", 0.3));
        assertThat(importance.top(1, 5)).containsExactly(new FeatureScore("old", 0.9));
    }

    @Test
    void shapSummary_meanMagnitudeOverSteps_largestFirst() {
        Map<String, SortedMap<Integer, Double>> values = new TreeMap<>();
        SortedMap<Integer, Double> a = new TreeMap<>();
        a.put(0, -0.4);
        a.put(2, 0.2);
        values.put("a", a);
        values.put("b", values(2, 0.35));

        ShapSummary summary = ShapSummary.of(values);

        assertThat(summary.lastStep()).isEqualTo(2);
        assertThat(summary.features()).extracting(FeatureScore::feature).containsExactly("b", "a");
        assertThat(summary.features().get(1).value()).isCloseTo(0.3, org.assertj.core.api.Assertions.within(1e-12));
    }
}
