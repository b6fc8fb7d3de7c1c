// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.extract;

import dev.boostscope.app.view.model.Binning;
import dev.boostscope.app.view.model.ClassificationView;
import dev.boostscope.app.view.model.ConfusionAtStep;
import dev.boostscope.app.view.model.ConfusionMatrix;
import dev.boostscope.app.view.model.Histogram;
import dev.boostscope.app.view.model.ProblemType;
import dev.boostscope.app.view.model.RegressionErrors;
import dev.boostscope.app.view.model.RocCurve;
import dev.boostscope.app.view.model.Series;
import dev.boostscope.app.view.model.StepValue;
import dev.boostscope.core.FormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Computes the views that need labels and predictions: confusion matrices, ROC, regression errors and the label
 * distribution.
 *
 * <p>Stateless; thread-safe.
 */
final class OutcomeViews {
    static final int LABEL_BINS = 10;
    static final int RESIDUAL_BINS = 20;

    private OutcomeViews() {
    }

    static ConfusionMatrix confusion(Outcome outcome, ProblemType problem) {
        try {
            return ConfusionMatrix.compute(outcome.labels(), outcome.predictions(), problem);
        } catch (IllegalArgumentException e) {
            throw new FormatException(String.format(Locale.ROOT,
                    "cannot compute the confusion matrix of step %d: %s", outcome.step(), e.getMessage()), e);
        }
    }

    static List<ConfusionAtStep> frames(Outcomes outcomes, ProblemType problem) {
        List<ConfusionAtStep> frames = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            frames.add(new ConfusionAtStep(outcome.step(), confusion(outcome, problem)));
        }
        return List.copyOf(frames);
    }

    static ClassificationView classification(Outcomes outcomes, ProblemType problem) {
        List<ConfusionAtStep> frames = frames(outcomes, problem);
        RocCurve roc = RocCurve.empty();
        if (problem == ProblemType.BINARY) {
            Outcome last = outcomes.last();
            roc = RocCurve.compute(last.labels(), last.predictions()).orElse(RocCurve.empty());
        }
        return ClassificationView.of(frames, roc);
    }

    static RegressionErrors regression(Outcomes outcomes) {
        Outcome last = outcomes.last();
        Binning binning = Binning.spanning(last.labels(), LABEL_BINS);
        List<List<StepValue>> perBin = new ArrayList<>();
        for (int bin = 0; bin < binning.count(); bin++) {
            perBin.add(new ArrayList<>());
        }
        for (Outcome outcome : outcomes) {
            addBinErrors(perBin, outcome, binning);
        }
        List<Series> curves = new ArrayList<>();
        for (int bin = 0; bin < binning.count(); bin++) {
            curves.add(new Series(binning.label(bin), perBin.get(bin)));
        }
        double[] residuals = RegressionErrors.residuals(last.labels(), regressionValues(last));
        return new RegressionErrors(last.step(), Histogram.ofValues(residuals, RESIDUAL_BINS), curves);
    }

    private static void addBinErrors(List<List<StepValue>> perBin, Outcome outcome, Binning binning) {
        double[] errors = RegressionErrors.meanAbsoluteErrorByBin(outcome.labels(), regressionValues(outcome),
                binning);
        for (int bin = 0; bin < errors.length; bin++) {
            if (!Double.isNaN(errors[bin])) {
                perBin.get(bin).add(new StepValue(outcome.step(), errors[bin]));
            }
        }
    }

    static Histogram labelDistribution(double[] labels, ProblemType problem, int classes) {
        if (problem.isClassification() || (problem == ProblemType.UNKNOWN && wholeAndFew(labels))) {
            return Histogram.ofClasses(labels, classes);
        }
        return Histogram.ofValues(labels, LABEL_BINS);
    }

    private static double[] regressionValues(Outcome outcome) {
        if (outcome.predictions().size() != outcome.labels().length) {
            throw new FormatException(String.format(Locale.ROOT,
                    "regression predictions must hold one value per row at step %d: shape %s", outcome.step(),
                    java.util.Arrays.toString(outcome.predictions().shape())));
        }
        return outcome.predictions().toDoubleArray();
    }

    private static boolean wholeAndFew(double[] labels) {
        for (double label : labels) {
            if (!(label >= 0 && label <= 1000) || label != Math.rint(label)) {
                return false;
            }
        }
        return true;
    }
}
