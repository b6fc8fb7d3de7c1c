// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The evaluation of a confusion matrix as scikit-learn's {@code precision_recall_fscore_support} computes it: per
 * class, and averaged three ways. A ratio with a zero denominator counts as 0, as scikit-learn's default. The macro
 * average runs over the classes that occur as a true or a predicted class.
 *
 * <p>Immutable.
 *
 * @param classes the scores of each class, in matrix order
 * @param micro scores from the global counts (for single-label data each equals the accuracy)
 * @param macro the unweighted mean of the classes' scores
 * @param weighted the mean of the classes' scores weighted by support
 */
public record ClassificationScores(List<ClassScores> classes, Scores micro, Scores macro, Scores weighted) {

    /**
     * Validates and copies.
     *
     * @param classes the per-class scores
     * @param micro the micro average
     * @param macro the macro average
     * @param weighted the weighted average
     */
    public ClassificationScores {
        classes = List.copyOf(classes);
        Objects.requireNonNull(micro, "micro");
        Objects.requireNonNull(macro, "macro");
        Objects.requireNonNull(weighted, "weighted");
    }

    /**
     * Evaluates a confusion matrix.
     *
     * @param matrix the matrix
     * @return the scores
     */
    public static ClassificationScores of(ConfusionMatrix matrix) {
        List<ClassScores> classes = new ArrayList<>();
        int right = 0;
        for (int i = 0; i < matrix.classCount(); i++) {
            right += matrix.count(i, i);
            classes.add(new ClassScores(matrix.labels().get(i), Scores.of(
                    ratio(matrix.count(i, i), matrix.columnTotal(i)),
                    ratio(matrix.count(i, i), matrix.rowTotal(i))), matrix.rowTotal(i)));
        }
        double accuracy = ratio(right, matrix.total());
        return new ClassificationScores(classes, new Scores(accuracy, accuracy, accuracy),
                macro(matrix, classes), weighted(classes));
    }

    private static Scores macro(ConfusionMatrix matrix, List<ClassScores> classes) {
        double precision = 0;
        double recall = 0;
        double f1 = 0;
        int present = 0;
        for (int i = 0; i < classes.size(); i++) {
            if (matrix.rowTotal(i) > 0 || matrix.columnTotal(i) > 0) {
                Scores scores = classes.get(i).scores();
                precision += scores.precision();
                recall += scores.recall();
                f1 += scores.f1();
                present++;
            }
        }
        return present == 0 ? new Scores(0, 0, 0) : new Scores(precision / present, recall / present, f1 / present);
    }

    private static Scores weighted(List<ClassScores> classes) {
        double precision = 0;
        double recall = 0;
        double f1 = 0;
        long support = 0;
        for (ClassScores scores : classes) {
            precision += scores.scores().precision() * scores.support();
            recall += scores.scores().recall() * scores.support();
            f1 += scores.scores().f1() * scores.support();
            support += scores.support();
        }
        return support == 0 ? new Scores(0, 0, 0)
                : new Scores(precision / support, recall / support, f1 / support);
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
