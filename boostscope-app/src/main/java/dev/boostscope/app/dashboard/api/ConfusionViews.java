// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.api;

import dev.boostscope.app.view.extract.RunSnapshots;
import dev.boostscope.app.view.model.ClassificationView;
import dev.boostscope.app.view.model.ConfusionAtStep;
import dev.boostscope.app.view.model.ConfusionMatrix;
import dev.boostscope.app.view.model.ProblemType;
import dev.boostscope.app.view.model.RocCurve;
import dev.boostscope.core.FormatException;
import dev.boostscope.trial.Tensor;
import dev.boostscope.trial.Trial;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Computes confusion matrices and per-class accuracy from a trial's {@code labels} and {@code predictions}, one step at
 * a time (the matrix of a step reads that step's predictions and the latest labels saved at or before it). Reads block
 * on storage.
 *
 * <p>Stateless; thread-safe as the trial is.
 */
public final class ConfusionViews {
    static final String LABELS = "labels";
    static final String PREDICTIONS = "predictions";
    // a run's task does not change once known; reading it needs the hyperparameters' history, so it is kept per trial
    private static final Map<Trial, ProblemType> PROBLEMS = Collections.synchronizedMap(new WeakHashMap<>());

    private ConfusionViews() {
    }

    /**
     * Returns the steps that have a confusion matrix.
     *
     * @param trial the trial
     * @return the steps, or none with the reason
     */
    public static ConfusionSteps steps(Trial trial) {
        ProblemType problem = problem(trial);
        if (!trial.tensorNames().contains(LABELS) || !trial.tensorNames().contains(PREDICTIONS)) {
            return new ConfusionSteps(problem.name(), List.of(), "no labels and predictions saved yet: enable the "
                    + "labels and predictions collections");
        }
        if (!problem.isClassification()) {
            return new ConfusionSteps(problem.name(), List.of(), String.format(Locale.ROOT,
                    "a confusion matrix needs a classification task; this run is %s", problem));
        }
        int firstLabels = trial.tensor(LABELS).steps().stream().mapToInt(Integer::intValue).min().orElse(-1);
        List<Integer> steps = trial.tensor(PREDICTIONS).steps().stream()
                .filter(step -> firstLabels >= 0 && step >= firstLabels).toList();
        return new ConfusionSteps(problem.name(), steps, null);
    }

    /**
     * Returns the confusion matrix at a step.
     *
     * @param trial the trial
     * @param step a global step, or null for the last step that has one
     * @return the matrix and its step
     * @throws ApiException 404 if the step has no matrix (retryable if it may still be written)
     * @throws FormatException if the labels and predictions do not fit together
     */
    public static ConfusionAtStep at(Trial trial, @Nullable Integer step) {
        ConfusionSteps steps = steps(trial);
        if (steps.steps().isEmpty()) {
            throw ApiException.notFound(String.format(Locale.ROOT, "no confusion matrix in trial '%s': %s",
                    trial.name(), steps.message()), !trial.loadedAllSteps());
        }
        int chosen = step == null ? steps.steps().get(steps.steps().size() - 1) : step;
        if (!steps.steps().contains(chosen)) {
            throw missing(trial, chosen);
        }
        return new ConfusionAtStep(chosen, compute(trial, chosen, ProblemType.valueOf(steps.problem())));
    }

    /**
     * Returns each class's accuracy over the steps.
     *
     * @param trial the trial
     * @return the curves; empty unless the run is a classification that saved labels and predictions
     */
    public static ClassAccuracyView classAccuracy(Trial trial) {
        return new ClassAccuracyView(ClassificationView.of(RunSnapshots.confusion(trial), RocCurve.empty())
                .classAccuracy());
    }

    /**
     * Returns the confusion matrix of a step that just landed, if it has one.
     *
     * @param trial the trial
     * @param step a complete step
     * @return the matrix, or null unless a classification saved predictions at that step (and labels before)
     */
    static @Nullable ConfusionMatrix atStepIfAny(Trial trial, int step) {
        if (!trial.tensorNames().contains(LABELS) || !trial.tensorNames().contains(PREDICTIONS)
                || !trial.tensor(PREDICTIONS).steps().contains(step) || labelStep(trial, step) < 0) {
            return null;
        }
        ProblemType problem = problem(trial);
        return problem.isClassification() ? compute(trial, step, problem) : null;
    }

    private static ProblemType problem(Trial trial) {
        ProblemType known = PROBLEMS.get(trial);
        if (known != null) {
            return known;
        }
        ProblemType problem = RunSnapshots.problem(trial);
        if (problem != ProblemType.UNKNOWN) {
            PROBLEMS.put(trial, problem);
        }
        return problem;
    }

    private static ConfusionMatrix compute(Trial trial, int step, ProblemType problem) {
        double[] labels = trial.tensor(LABELS).value(labelStep(trial, step)).toDoubleArray();
        try {
            return ConfusionMatrix.compute(labels, trial.tensor(PREDICTIONS).value(step), problem);
        } catch (IllegalArgumentException e) {
            throw new FormatException(String.format(Locale.ROOT, "cannot compute the confusion matrix of step %d "
                    + "of %s: %s", step, trial.uri(), e.getMessage()), e);
        }
    }

    private static int labelStep(Trial trial, int step) {
        Tensor labels = trial.tensor(LABELS);
        int best = -1;
        for (int candidate : labels.steps()) {
            if (candidate <= step) {
                best = Math.max(best, candidate);
            }
        }
        return best;
    }

    private static ApiException missing(Trial trial, int step) {
        int last = trial.lastCompleteStep().orElse(-1);
        if (step > last && !trial.loadedAllSteps()) {
            return ApiException.notFound(String.format(Locale.ROOT,
                    "step %d of trial '%s' not yet written (last complete step: %d)", step, trial.name(), last), true);
        }
        return ApiException.notFound(String.format(Locale.ROOT,
                "no predictions saved at step %d of trial '%s': see GET .../confusion/steps", step, trial.name()),
                false);
    }
}
