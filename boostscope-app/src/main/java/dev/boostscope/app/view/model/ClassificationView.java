// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the views show for a classification run: the confusion matrix at each saved step, each class's accuracy over
 * the steps, and the evaluation (precision/recall/F1, ROC for binary runs) at the last step.
 *
 * <p>Immutable.
 *
 * @param confusion the matrices, ascending by step; empty if labels or predictions were not saved
 * @param classAccuracy one curve per class (named by its label) of the row-normalised diagonal over the steps
 * @param scores precision, recall and F1 at the last step
 * @param roc the ROC curve at the last step; {@link RocCurve#empty()} unless the run is binary
 */
public record ClassificationView(List<ConfusionAtStep> confusion, List<Series> classAccuracy,
        ClassificationScores scores, RocCurve roc) {

    /**
     * Validates and copies.
     *
     * @param confusion the matrices
     * @param classAccuracy the curves
     * @param scores the scores
     * @param roc the ROC curve
     */
    public ClassificationView {
        confusion = List.copyOf(confusion);
        classAccuracy = List.copyOf(classAccuracy);
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(roc, "roc");
    }

    /**
     * Returns the view with no data.
     *
     * @return an empty view
     */
    public static ClassificationView empty() {
        return of(List.of(), RocCurve.empty());
    }

    /**
     * Builds the view from the matrices, deriving the accuracy curves and the last step's scores.
     *
     * @param confusion the matrices, ascending by step
     * @param roc the last step's ROC curve, or {@link RocCurve#empty()}
     * @return the view
     */
    public static ClassificationView of(List<ConfusionAtStep> confusion, RocCurve roc) {
        ConfusionMatrix last = confusion.isEmpty() ? ConfusionMatrix.empty()
                : confusion.get(confusion.size() - 1).matrix();
        return new ClassificationView(confusion, accuracyCurves(confusion, last), ClassificationScores.of(last), roc);
    }

    /**
     * Returns whether there is any matrix.
     *
     * @return false for {@link #empty()}
     */
    public boolean hasData() {
        return !confusion.isEmpty();
    }

    /**
     * Returns the last matrix.
     *
     * @return the last step's matrix, or {@link ConfusionMatrix#empty()}
     */
    public ConfusionAtStep last() {
        return confusion.isEmpty() ? new ConfusionAtStep(-1, ConfusionMatrix.empty())
                : confusion.get(confusion.size() - 1);
    }

    private static List<Series> accuracyCurves(List<ConfusionAtStep> confusion, ConfusionMatrix last) {
        List<Series> curves = new ArrayList<>();
        for (int k = 0; k < last.classCount(); k++) {
            List<StepValue> points = new ArrayList<>();
            for (ConfusionAtStep frame : confusion) {
                if (k < frame.matrix().classCount() && frame.matrix().rowTotal(k) > 0) {
                    points.add(new StepValue(frame.step(), frame.matrix().classAccuracy(k)));
                }
            }
            curves.add(new Series(last.labels().get(k), points));
        }
        return curves;
    }
}
