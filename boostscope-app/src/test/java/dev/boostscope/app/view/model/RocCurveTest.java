// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.boostscope.core.NdArray;
import org.junit.jupiter.api.Test;

final class RocCurveTest {

    @Test
    void compute_scikitLearnExample_givesItsPointsAndAuc() {
        // sklearn.metrics.roc_curve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], drop_intermediate=False)
        RocCurve curve = RocCurve.compute(new double[] {0, 0, 1, 1}, new double[] {0.1, 0.4, 0.35, 0.8}).orElseThrow();

        assertThat(curve.points()).extracting(RocPoint::falsePositiveRate).containsExactly(0.0, 0.0, 0.5, 0.5, 1.0);
        assertThat(curve.points()).extracting(RocPoint::truePositiveRate).containsExactly(0.0, 0.5, 0.5, 1.0, 1.0);
        assertThat(curve.points()).extracting(RocPoint::threshold)
                .containsExactly(Double.POSITIVE_INFINITY, 0.8, 0.4, 0.35, 0.1);
        assertThat(curve.auc()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void compute_tiedScores_makeOneDiagonalStep() {
        RocCurve curve = RocCurve.compute(new double[] {0, 1, 0, 1}, new double[] {0.5, 0.5, 0.5, 0.5}).orElseThrow();

        assertThat(curve.points()).hasSize(2);
        assertThat(curve.auc()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void compute_perfectSeparation_aucIsOne() {
        RocCurve curve = RocCurve.compute(new double[] {1, 0, 1, 0}, new double[] {0.9, 0.2, 0.7, 0.3}).orElseThrow();

        assertThat(curve.auc()).isEqualTo(1.0);
    }

    @Test
    void compute_twoColumnProbabilities_usesSecondColumn() {
        NdArray predictions = NdArray.ofFloats(new float[] {0.9f, 0.1f, 0.6f, 0.4f, 0.65f, 0.35f, 0.2f, 0.8f}, 4, 2);

        RocCurve curve = RocCurve.compute(new double[] {0, 0, 1, 1}, predictions).orElseThrow();

        assertThat(curve.auc()).isCloseTo(0.75, within(1e-6));
    }

    @Test
    void compute_oneClassOnly_isEmpty() {
        assertThat(RocCurve.compute(new double[] {1, 1}, new double[] {0.2, 0.3})).isEmpty();
    }

    @Test
    void compute_labelNotBinary_throws() {
        assertThatThrownBy(() -> RocCurve.compute(new double[] {0, 2}, new double[] {0.2, 0.3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("binary labels must be 0 or 1: 2.0 at row 1");
    }
}
