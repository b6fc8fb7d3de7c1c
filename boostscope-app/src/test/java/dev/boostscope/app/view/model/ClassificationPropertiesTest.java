// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.boostscope.core.NdArray;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of the confusion matrix and ROC curve over random labels and predictions. */
final class ClassificationPropertiesTest {

    @Property(tries = 200)
    void confusion_anyClassIds_rowTotalsCountTheLabels(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 6) Integer> labels,
            @ForAll @IntRange(min = 0, max = 6) int shift) {
        double[] truth = labels.stream().mapToDouble(Integer::doubleValue).toArray();
        float[] predicted = new float[truth.length];
        for (int i = 0; i < truth.length; i++) {
            predicted[i] = (labels.get(i) + (i % 3 == 0 ? shift : 0)) % 7;
        }

        ConfusionMatrix matrix = ConfusionMatrix.compute(truth, NdArray.ofFloats(predicted), ProblemType.MULTICLASS);

        assertThat(matrix.total()).isEqualTo(truth.length);
        for (int k = 0; k < matrix.classCount(); k++) {
            int label = k;
            assertThat(matrix.rowTotal(k)).isEqualTo((int) labels.stream().filter(l -> l == label).count());
            double rowSum = matrix.rowNormalized().get(k).stream().mapToDouble(Double::doubleValue).sum();
            assertThat(rowSum).isCloseTo(matrix.rowTotal(k) == 0 ? 0 : 1, within(1e-9));
        }
        ClassificationScores scores = ClassificationScores.of(matrix);
        assertThat(scores.micro().f1()).isCloseTo(matrix.accuracy(), within(1e-12));
    }

    @Property(tries = 200)
    void roc_anyScores_aucIsTheProbabilityAPositiveOutscoresANegative(
            @ForAll @Size(min = 2, max = 40) List<@IntRange(min = 0, max = 1) Integer> labels,
            @ForAll @Size(min = 40, max = 40) List<@IntRange(min = 0, max = 9) Integer> rawScores) {
        double[] truth = labels.stream().mapToDouble(Integer::doubleValue).toArray();
        double[] scores = new double[truth.length];
        for (int i = 0; i < truth.length; i++) {
            scores[i] = rawScores.get(i) / 10.0;
        }

        RocCurve.compute(truth, scores).ifPresent(roc -> assertThat(roc.auc())
                .isCloseTo(pairwiseAuc(truth, scores), within(1e-9)));
    }

    private static double pairwiseAuc(double[] labels, double[] scores) {
        double wins = 0;
        int pairs = 0;
        for (int p = 0; p < labels.length; p++) {
            for (int n = 0; n < labels.length; n++) {
                if (labels[p] == 1 && labels[n] == 0) {
                    wins += scores[p] > scores[n] ? 1 : scores[p] == scores[n] ? 0.5 : 0;
                    pairs++;
                }
            }
        }
        return wins / pairs;
    }
}
