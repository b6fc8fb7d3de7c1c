// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.boostscope.core.NdArray;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ConfusionMatrixTest {

    @Test
    void compute_softmaxClassIds_countsTrueRowsAgainstPredictedColumns() {
        double[] labels = {0, 0, 0, 1, 1, 2};
        NdArray predictions = NdArray.ofFloats(new float[] {0, 1, 0, 1, 2, 2});

        ConfusionMatrix matrix = ConfusionMatrix.compute(labels, predictions, ProblemType.MULTICLASS);

        assertThat(matrix.labels()).containsExactly("0", "1", "2");
        assertThat(matrix.counts()).containsExactly(List.of(2, 1, 0), List.of(0, 1, 1), List.of(0, 0, 1));
    }

    @Test
    void compute_softprobMatrix_takesArgmaxOfEachRow() {
        double[] labels = {0, 1, 2, 2};
        NdArray predictions = NdArray.ofFloats(new float[] {
            0.7f, 0.2f, 0.1f,
            0.1f, 0.3f, 0.6f,
            0.2f, 0.2f, 0.6f,
            0.5f, 0.4f, 0.1f}, 4, 3);

        ConfusionMatrix matrix = ConfusionMatrix.compute(labels, predictions, ProblemType.MULTICLASS);

        assertThat(matrix.counts()).containsExactly(List.of(1, 0, 0), List.of(0, 0, 1), List.of(1, 0, 1));
    }

    @Test
    void compute_softprobWiderThanLabels_keepsEveryColumnAsAClass() {
        NdArray predictions = NdArray.ofFloats(new float[] {0.9f, 0.05f, 0.05f, 0.8f, 0.1f, 0.1f}, 2, 3);

        ConfusionMatrix matrix = ConfusionMatrix.compute(new double[] {0, 0}, predictions, ProblemType.MULTICLASS);

        assertThat(matrix.classCount()).isEqualTo(3);
        assertThat(matrix.count(0, 0)).isEqualTo(2);
    }

    @Test
    void compute_binaryProbabilities_thresholdsAtOneHalf() {
        double[] labels = {0, 0, 1, 1, 1};
        NdArray predictions = NdArray.ofFloats(new float[] {0.2f, 0.6f, 0.51f, 0.5f, 0.99f});

        ConfusionMatrix matrix = ConfusionMatrix.compute(labels, predictions, ProblemType.BINARY);

        assertThat(matrix.counts()).containsExactly(List.of(1, 1), List.of(1, 2));
    }

    @Test
    void compute_binaryMargins_thresholdsAtZero() {
        NdArray margins = NdArray.ofFloats(new float[] {-2.5f, 0.3f, 1.7f});

        ConfusionMatrix matrix = ConfusionMatrix.compute(new double[] {0, 0, 1}, margins, ProblemType.BINARY);

        assertThat(matrix.counts()).containsExactly(List.of(1, 1), List.of(0, 1));
    }

    @Test
    void rowNormalized_eachRowOverItsTotal_emptyRowIsZero() {
        ConfusionMatrix matrix = ConfusionMatrix.of(List.of("a", "b", "c"),
                List.of(List.of(3, 1, 0), List.of(0, 0, 0), List.of(1, 1, 2)));

        assertThat(matrix.rowNormalized()).containsExactly(List.of(0.75, 0.25, 0.0), List.of(0.0, 0.0, 0.0),
                List.of(0.25, 0.25, 0.5));
        assertThat(matrix.classAccuracy(2)).isEqualTo(0.5);
        assertThat(matrix.classAccuracy(1)).isNaN();
        assertThat(matrix.accuracy()).isCloseTo(5.0 / 8, within(1e-12));
    }

    @Test
    void constructor_normalisationDisagreesWithCounts_throws() {
        assertThatThrownBy(() -> new ConfusionMatrix(List.of("a"), List.of(List.of(2)), List.of(List.of(0.5))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rowNormalized must be counts over row totals: 0.5 at [0][0], expected 1.0");
    }

    @Test
    void constructor_notSquare_throws() {
        assertThatThrownBy(() -> ConfusionMatrix.of(List.of("a", "b"), List.of(List.of(1, 2), List.of(3))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("counts must be square (2 columns per row): a row has 1");
    }

    @Test
    void compute_fractionalLabels_throwsNamingTheRow() {
        NdArray predictions = NdArray.ofFloats(new float[] {0, 1});

        assertThatThrownBy(() -> ConfusionMatrix.compute(new double[] {0, 0.5}, predictions, ProblemType.MULTICLASS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("labels must hold class ids (whole numbers from 0): 0.5 at row 1");
    }

    @Test
    void compute_regression_throws() {
        NdArray predictions = NdArray.ofFloats(new float[] {0});

        assertThatThrownBy(() -> ConfusionMatrix.compute(new double[] {0}, predictions, ProblemType.REGRESSION))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("confusion matrix needs a classification problem: REGRESSION");
    }

    @Test
    void empty_hasNoClasses() {
        assertThat(ConfusionMatrix.empty().hasData()).isFalse();
        assertThat(ConfusionMatrix.empty().accuracy()).isNaN();
    }
}
