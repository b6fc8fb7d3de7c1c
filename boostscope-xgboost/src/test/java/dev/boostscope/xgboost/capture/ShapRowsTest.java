// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The SHAP row sample: seeded, distinct, sorted. */
final class ShapRowsTest {

    @Test
    void sample_sameSeed_sameDistinctSortedRows() {
        int[] first = ShapRows.sample(60_000, 1_000, 42);

        assertThat(first).hasSize(1_000).isSorted().doesNotHaveDuplicates();
        assertThat(Arrays.stream(first).allMatch(r -> r >= 0 && r < 60_000)).isTrue();
        assertThat(ShapRows.sample(60_000, 1_000, 42)).isEqualTo(first);
        assertThat(ShapRows.sample(60_000, 1_000, 43)).isNotEqualTo(first);
    }

    @Test
    void sample_allRows_isTheRange() {
        assertThat(ShapRows.sample(5, 5, 1)).containsExactly(0, 1, 2, 3, 4);
    }
}
