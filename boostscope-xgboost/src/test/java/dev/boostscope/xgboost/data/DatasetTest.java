// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

final class DatasetTest {
    private static final Dataset SMALL = Dataset.of(new float[] {1, 0}, new long[] {0, 2, 3}, new int[] {0, 2, 1},
            new float[] {0.5f, 2, 3}, 3);

    @Test
    void of_copiesItsInputs() {
        float[] labels = {1};
        Dataset data = Dataset.of(labels, new long[] {0, 0}, new int[0], new float[0], 1);
        labels[0] = 7;

        assertThat(data.label(0)).isEqualTo(1f);
    }

    @Test
    void of_offsetsNotMatchingLabels_throws() {
        assertThatThrownBy(() -> Dataset.of(new float[] {1}, new long[] {0}, new int[0], new float[0], 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row offsets must be one more than the labels: 1 offsets for 1 labels");
    }

    @Test
    void of_columnOutOfRange_throws() {
        assertThatThrownBy(() -> Dataset.of(new float[] {1}, new long[] {0, 1}, new int[] {3}, new float[] {1}, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column indices must increase within a row and lie in [0, 3): 3 after -1 in row 0");
    }

    @Test
    void of_nanLabel_throws() {
        assertThatThrownBy(() -> Dataset.of(new float[] {Float.NaN}, new long[] {0, 0}, new int[0], new float[0], 1))
                .hasMessage("label of row 0 must be finite: NaN");
    }

    @Test
    void toDense_fillsMissingWithNan() {
        assertThat(SMALL.toDense()).containsExactly(0.5f, Float.NaN, 2, Float.NaN, 3, Float.NaN);
    }

    @Test
    void withFeatureNames_wrongCount_throws() {
        assertThatThrownBy(() -> SMALL.withFeatureNames(List.of("a")))
                .hasMessage("feature names must be one per column: got 1 names for 3 columns");
    }

    @Test
    void withFeatureNames_keepsTheRows() {
        Dataset named = SMALL.withFeatureNames(List.of("a", "b", "c"));

        assertThat(named.featureNames()).containsExactly("a", "b", "c");
        assertThat(named.values()).containsExactly(SMALL.values());
        assertThat(named).isNotEqualTo(SMALL);
    }

    @Test
    void requireClassLabels_labelsInRange_returnsTheDataset() {
        assertThat(SMALL.requireClassLabels(2)).isSameAs(SMALL);
    }

    @Test
    void requireClassLabels_labelTooLarge_namesSourceAndLine() {
        Dataset data = LibsvmReaderTest.read("# labels\n1 1:1\n\n10 1:1\n", ReadOptions.libsvm());

        assertThatThrownBy(() -> data.requireClassLabels(10)).isInstanceOf(InputFormatException.class)
                .hasMessage("t.libsvm:4: label 10 is not a class index: expected an integer in [0, 10) for num_class"
                        + " 10");
    }

    @Test
    void requireClassLabels_negativeLabel_namesSourceAndLine() {
        Dataset data = LibsvmReaderTest.read("-1 1:1\n", ReadOptions.libsvm());

        assertThatThrownBy(() -> data.requireClassLabels(3))
                .hasMessage("t.libsvm:1: label -1 is not a class index: expected an integer in [0, 3) for num_class 3");
    }

    @Test
    void requireClassLabels_fractionalLabel_namesSourceAndLine() {
        Dataset data = LibsvmReaderTest.read("2.5,1\n", ReadOptions.csv());

        assertThatThrownBy(() -> data.requireClassLabels(3))
                .hasMessage("t.libsvm:1: label 2.5 is not a class index: expected an integer in [0, 3) for num_class"
                        + " 3");
    }

    @Test
    void requireClassLabels_oneClass_throwsIllegalArgument() {
        assertThatThrownBy(() -> SMALL.requireClassLabels(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("num_class must be at least 2: 1");
    }

    @Test
    void toString_summarisesTheShape() {
        assertThat(SMALL).hasToString("Dataset[memory: 2 rows x 3 columns, 3 values]");
    }
}
