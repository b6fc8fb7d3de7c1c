// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.boostscope.core.NdArray;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

final class ClassificationScoresTest {
    private static final Offset<Double> EXACT = within(1e-12);

    // y_true = [0,0,0,1,1,2], y_pred = [0,1,0,1,2,2]; values from scikit-learn's precision_recall_fscore_support
    private static ClassificationScores example() {
        return ClassificationScores.of(ConfusionMatrix.compute(new double[] {0, 0, 0, 1, 1, 2},
                NdArray.ofFloats(new float[] {0, 1, 0, 1, 2, 2}), ProblemType.MULTICLASS));
    }

    @Test
    void of_perClass_matchesHandComputedValues() {
        List<ClassScores> classes = example().classes();

        assertThat(classes).extracting(ClassScores::support).containsExactly(3, 2, 1);
        assertScores(classes.get(0).scores(), 1.0, 2.0 / 3, 0.8);
        assertScores(classes.get(1).scores(), 0.5, 0.5, 0.5);
        assertScores(classes.get(2).scores(), 0.5, 1.0, 2.0 / 3);
    }

    @Test
    void of_micro_equalsAccuracy() {
        assertScores(example().micro(), 2.0 / 3, 2.0 / 3, 2.0 / 3);
    }

    @Test
    void of_macro_isUnweightedMean() {
        assertScores(example().macro(), 2.0 / 3, 13.0 / 18, 59.0 / 90);
    }

    @Test
    void of_weighted_isSupportWeightedMean() {
        assertScores(example().weighted(), 0.75, 2.0 / 3, 61.0 / 90);
    }

    @Test
    void of_classNeverPredictedNorPresent_leftOutOfMacro() {
        ConfusionMatrix matrix = ConfusionMatrix.of(List.of("0", "1", "2"),
                List.of(List.of(1, 1, 0), List.of(0, 2, 0), List.of(0, 0, 0)));

        ClassificationScores scores = ClassificationScores.of(matrix);

        assertThat(scores.classes().get(2).scores()).isEqualTo(new Scores(0, 0, 0));
        assertThat(scores.macro().recall()).isCloseTo((0.5 + 1.0) / 2, EXACT);
    }

    @Test
    void of_zeroDenominators_countAsZero() {
        ConfusionMatrix matrix = ConfusionMatrix.of(List.of("0", "1"), List.of(List.of(2, 0), List.of(1, 0)));

        ClassScores never = ClassificationScores.of(matrix).classes().get(1);

        assertThat(never.scores()).isEqualTo(new Scores(0, 0, 0));
    }

    private static void assertScores(Scores scores, double precision, double recall, double f1) {
        assertThat(scores.precision()).as("precision").isCloseTo(precision, EXACT);
        assertThat(scores.recall()).as("recall").isCloseTo(recall, EXACT);
        assertThat(scores.f1()).as("f1").isCloseTo(f1, EXACT);
    }
}
