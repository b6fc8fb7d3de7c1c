// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.report;

import dev.boostscope.app.view.model.MetricGroup;
import dev.boostscope.app.view.model.Series;
import dev.boostscope.app.view.model.StepValue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a loss's train and validation curves and says, in one sentence, whether they suggest overfitting,
 * underfitting or convergence: the advice text of SageMaker's "Loss versus Step" section.
 *
 * <p>Stateless; thread-safe.
 */
final class LossAdvice {
    private static final double RISE = 1.02;
    private static final double GAP = 1.5;

    private LossAdvice() {
    }

    /** Returns the advice for one metric, or empty if the curves say too little (fewer than 3 points). */
    static Optional<String> of(MetricGroup group) {
        if (!group.lowerIsBetter()) {
            return Optional.empty();
        }
        Optional<Series> validation = group.validation().stream().findFirst();
        Optional<Series> train = group.train();
        Optional<Series> chosen = validation.or(() -> train);
        if (chosen.isEmpty() || chosen.get().points().size() < 3) {
            return Optional.empty();
        }
        Series main = chosen.get();
        StepValue best = best(main.points());
        StepValue last = main.last().orElseThrow();
        if (validation.isPresent() && last.value() > best.value() * RISE && best.step() < last.step()) {
            return Optional.of(String.format(Locale.ROOT, "%s was lowest at step %d (%.4g) and has risen since "
                    + "(%.4g at step %d): the model may be overfitting; consider early stopping, a lower eta or more "
                    + "regularisation.", main.name(), best.step(), best.value(), last.value(), last.step()));
        }
        if (validation.isPresent() && train.isPresent() && gapTooWide(train.get(), last)) {
            return Optional.of(String.format(Locale.ROOT, "%s ends well above %s: the model fits the training set "
                    + "much better than unseen data (overfitting); consider shallower trees or subsampling.",
                    main.name(), train.get().name()));
        }
        return Optional.of(stillFalling(main.points())
                ? String.format(Locale.ROOT, "%s was still falling at the last step: more rounds may help "
                        + "(the model may be underfitting).", main.name())
                : String.format(Locale.ROOT, "%s has levelled off: training has converged.", main.name()));
    }

    private static boolean gapTooWide(Series train, StepValue lastValidation) {
        Optional<Double> trainValue = train.valueAt(lastValidation.step());
        return trainValue.isPresent() && trainValue.get() > 0 && lastValidation.value() > trainValue.get() * GAP;
    }

    private static boolean stillFalling(List<StepValue> points) {
        int n = points.size();
        int from = Math.max(0, n - 1 - Math.max(1, n / 5));
        double earlier = points.get(from).value();
        double last = points.get(n - 1).value();
        return last < earlier * 0.99;
    }

    private static StepValue best(List<StepValue> points) {
        StepValue best = points.get(0);
        for (StepValue point : points) {
            if (point.value() < best.value()) {
                best = point;
            }
        }
        return best;
    }
}
