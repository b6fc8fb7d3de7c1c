// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import dev.boostscope.core.RuleException;
import dev.boostscope.rules.Finding;
import dev.boostscope.rules.ParameterSpec;
import dev.boostscope.rules.Rule;
import dev.boostscope.rules.RuleContext;
import dev.boostscope.rules.RuleDefinition;
import dev.boostscope.rules.RuleParameters;
import dev.boostscope.rules.RuleRequirements;
import dev.boostscope.rules.RuleResult;
import dev.boostscope.trial.Trial;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Fires when a step's confusion matrix {@code confusion[label][prediction]} is poor: a class whose samples are
 * predicted correctly less than {@code min_diag} of the time ({@code confusion[i][i] / sum_j confusion[i][j]}, per true
 * class, since the published per-diagonal denominator cannot reach 0.9 with several classes), or a predicted class
 * whose predictions come from another true class more than {@code max_off_diag} of the time
 * ({@code confusion[j][i] / sum_j confusion[j][i]}, as published).
 *
 * <p>Immutable.
 */
final class Confusion implements Rule {
    static final String NAME = "Confusion";

    private final OptionalInt categoryCount;
    private final String labels;
    private final String predictions;
    private final String labelsCollection;
    private final String predictionsCollection;
    private final double minDiag;
    private final double maxOffDiag;

    private Confusion(RuleParameters parameters) {
        this.categoryCount = parameters.text("category_no").isEmpty() ? OptionalInt.empty()
                : OptionalInt.of(parameters.integer("category_no", 2));
        this.labels = parameters.requiredText("labels");
        this.predictions = parameters.requiredText("predictions");
        this.labelsCollection = parameters.requiredText("labels_collection");
        this.predictionsCollection = parameters.requiredText("predictions_collection");
        this.minDiag = parameters.number("min_diag", 0, 1);
        this.maxOffDiag = parameters.number("max_off_diag", 0, 1);
    }

    static RuleDefinition definition() {
        return new RuleDefinition(NAME,
                "Fires when a class is predicted correctly less than min_diag of the time, or a predicted class comes "
                        + "from another class more than max_off_diag of the time.",
                List.of(new ParameterSpec("category_no", "",
                                "Number of classes (at least 2); by default one more than the largest class seen."),
                        new ParameterSpec("labels", "labels", "Name of the labels tensor."),
                        new ParameterSpec("predictions", "predictions", "Name of the predictions tensor."),
                        new ParameterSpec("labels_collection", "labels",
                                "Collection searched when no tensor is named like 'labels'."),
                        new ParameterSpec("predictions_collection", "predictions",
                                "Collection searched when no tensor is named like 'predictions'."),
                        new ParameterSpec("min_diag", "0.9",
                                "Minimum share (0 to 1) of each class's samples predicted correctly."),
                        new ParameterSpec("max_off_diag", "0.1",
                                "Maximum share (0 to 1) of a predicted class coming from one other class.")),
                Confusion::new);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RuleRequirements requirements() {
        return RuleRequirements.ofCollections(labelsCollection, predictionsCollection);
    }

    @Override
    public RuleResult evaluate(RuleContext context, int step) {
        Trial trial = context.baseTrial();
        Optional<String> labelsTensor = resolve(trial, labels, labelsCollection);
        Optional<String> predictionsTensor = resolve(trial, predictions, predictionsCollection);
        if (labelsTensor.isEmpty() || predictionsTensor.isEmpty()
                || !ClassImbalance.savedAt(trial, labelsTensor.get(), step)
                || !ClassImbalance.savedAt(trial, predictionsTensor.get(), step)) {
            throw NotSaved.at(NAME, "labels and predictions", step);
        }
        Classification read = Classification.read(trial, labelsTensor.get(), predictionsTensor.get(), step, false);
        long[][] matrix = matrix(read, step);
        Finding finding = diagonal(read, matrix, step);
        finding = finding != null ? finding : offDiagonal(read, matrix, step);
        return finding == null ? RuleResult.notFired() : RuleResult.fired(finding);
    }

    private static Optional<String> resolve(Trial trial, String tensor, String collection) {
        if (trial.hasTensor(tensor)) {
            return Optional.of(tensor);
        }
        return trial.tensorNamesInCollection(collection).stream().filter(trial::hasTensor).findFirst();
    }

    private long[][] matrix(Classification read, int step) {
        int classes = categoryCount.orElse(read.classCount());
        long[][] matrix = new long[classes][classes];
        for (int row = 0; row < read.labels().length; row++) {
            int label = read.labels()[row];
            int predicted = read.predictions()[row];
            if (label >= classes || predicted >= classes) {
                throw new RuleException(String.format(Locale.ROOT,
                        "class %d in '%s' or '%s' at step %d is outside category_no %d", Math.max(label, predicted),
                        read.labelsTensor(), read.predictionsTensor(), step, classes));
            }
            matrix[label][predicted]++;
        }
        return matrix;
    }

    private @Nullable Finding diagonal(Classification read, long[][] matrix, int step) {
        for (int i = 0; i < matrix.length; i++) {
            long row = 0;
            for (long cell : matrix[i]) {
                row += cell;
            }
            double share = row == 0 ? 1 : (double) matrix[i][i] / row;
            if (share < minDiag) {
                return new Finding(read.predictionsTensor(), share, minDiag, step, String.format(Locale.ROOT,
                        "class %d: %d of its %d samples predicted correctly (%s) at step %d, below min_diag %s", i,
                        matrix[i][i], row, Numbers.format(share), step, Numbers.format(minDiag)));
            }
        }
        return null;
    }

    private @Nullable Finding offDiagonal(Classification read, long[][] matrix, int step) {
        for (int i = 0; i < matrix.length; i++) {
            long column = 0;
            for (long[] row : matrix) {
                column += row[i];
            }
            for (int j = 0; j < matrix.length; j++) {
                double share = column == 0 ? 0 : (double) matrix[j][i] / column;
                if (j != i && share > maxOffDiag) {
                    return new Finding(read.predictionsTensor(), share, maxOffDiag, step, String.format(Locale.ROOT,
                            "%d of the %d predictions of class %d were class %d (%s) at step %d, above max_off_diag "
                                    + "%s", matrix[j][i], column, i, j, Numbers.format(share), step,
                            Numbers.format(maxOffDiag)));
                }
            }
        }
        return null;
    }
}
