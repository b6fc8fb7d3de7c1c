// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import dev.boostscope.core.Mode;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Fires when a scalar loss stops decreasing. Each loss is evaluated at a saved step {@code s} once {@code num_steps}
 * have passed since its previous evaluation, against the newest saved step at or before {@code s - num_steps}. It fires
 * when the loss fell by less than {@code diff_percent} %, or rose more than {@code increase_threshold_percent} % above
 * the lowest value the rule has compared so far.
 *
 * <p>Not thread-safe: holds each loss's schedule (see {@link Rule}).
 */
final class LossNotDecreasing implements Rule {
    static final String NAME = "LossNotDecreasing";

    private final TensorSelection selection;
    private final boolean useLossesCollection;
    private final int numSteps;
    private final double diffPercent;
    private final double increaseThresholdPercent;
    private final Map<String, Integer> nextEvaluation = new HashMap<>();
    private final Map<String, Double> lowest = new HashMap<>();

    private LossNotDecreasing(RuleParameters parameters) {
        this.selection = TensorSelection.from(parameters);
        this.useLossesCollection = parameters.flag("use_losses_collection");
        this.numSteps = parameters.integer("num_steps", 1);
        this.diffPercent = parameters.number("diff_percent", 0, 100);
        this.increaseThresholdPercent = parameters.number("increase_threshold_percent", 0, Double.MAX_VALUE);
        String mode = parameters.requiredText("mode");
        if (!mode.equalsIgnoreCase(Mode.GLOBAL.name())) {
            throw parameters.invalid("mode", "GLOBAL (XGBoost saves every tensor in GLOBAL mode)");
        }
    }

    static RuleDefinition definition() {
        return new RuleDefinition(NAME,
                "Fires when a scalar loss does not decrease by diff_percent % over num_steps steps, or rises more than "
                        + "increase_threshold_percent % above its lowest compared value.",
                List.of(new ParameterSpec(TensorSelection.COLLECTION_NAMES, "",
                                "Comma-separated collections whose scalar tensors are losses."),
                        new ParameterSpec(TensorSelection.TENSOR_REGEX, "",
                                "Comma-separated regexes of loss tensor names; with neither selector, the losses "
                                        + "collection or else the XGBoost metrics where lower is better."),
                        new ParameterSpec("use_losses_collection", "True",
                                "Also inspect the 'losses' collection when present."),
                        new ParameterSpec("num_steps", "10",
                                "Steps between evaluations; a loss is compared with the newest step at least "
                                        + "num_steps behind."),
                        new ParameterSpec("diff_percent", "0.1",
                                "Minimum decrease, in percent, expected over num_steps steps (0 to 100)."),
                        new ParameterSpec("increase_threshold_percent", "5",
                                "Maximum rise, in percent above the lowest compared value, tolerated while the loss "
                                        + "goes up."),
                        new ParameterSpec("mode", "GLOBAL", "Mode of the steps; XGBoost saves only GLOBAL.")),
                LossNotDecreasing::new);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RuleRequirements requirements() {
        if (selection.isEmpty()) {
            return RuleRequirements.ofCollections(Metrics.LOSSES, Metrics.METRICS);
        }
        return selection.requirements();
    }

    @Override
    public RuleResult evaluate(RuleContext context, int step) {
        Trial trial = context.baseTrial();
        List<String> losses = lossTensors(trial, step);
        if (losses.stream().noneMatch(loss -> trial.tensor(loss).steps().contains(step))) {
            throw NotSaved.at(NAME, "loss", step);
        }
        @Nullable Finding first = null;
        for (String loss : losses) {
            Optional<Finding> finding = evaluateLoss(trial, loss, step);
            if (first == null && finding.isPresent()) {
                first = finding.get();
            }
        }
        return first == null ? RuleResult.notFired() : RuleResult.fired(first);
    }

    private List<String> lossTensors(Trial trial, int step) {
        TreeSet<String> names = new TreeSet<>(selection.names(trial));
        if (useLossesCollection) {
            names.addAll(trial.tensorNamesInCollection(Metrics.LOSSES));
        }
        if (selection.isEmpty() && names.isEmpty()) {
            names.addAll(Metrics.lossTensors(trial));
        }
        if (names.isEmpty()) {
            throw new RuleException(String.format(Locale.ROOT,
                    "rule %s found no loss tensor in %s at step %d (set collection_names or tensor_regex)", NAME,
                    trial.uri(), step));
        }
        return new ArrayList<>(names);
    }

    private Optional<Finding> evaluateLoss(Trial trial, String loss, int step) {
        List<Integer> steps = trial.tensor(loss).steps();
        if (!steps.contains(step) || step < nextEvaluation.getOrDefault(loss, Integer.MIN_VALUE)) {
            return Optional.empty();
        }
        int previousStep = newestAtOrBefore(steps, step - numSteps);
        OptionalDouble previous = previousStep < 0 ? OptionalDouble.empty()
                : Metrics.scalarAt(trial, loss, previousStep);
        OptionalDouble current = Metrics.scalarAt(trial, loss, step);
        if (previous.isEmpty() || current.isEmpty()) {
            return Optional.empty();
        }
        nextEvaluation.put(loss, step + numSteps);
        Optional<Finding> finding = compare(loss, previousStep, previous.getAsDouble(), step,
                current.getAsDouble());
        lowest.merge(loss, Math.min(previous.getAsDouble(), current.getAsDouble()), Math::min);
        return finding;
    }

    private Optional<Finding> compare(String loss, int previousStep, double previous, int step, double current) {
        if (current <= previous) {
            double decrease = percentChange(previous, previous - current);
            if (decrease < diffPercent) {
                return Optional.of(new Finding(loss, decrease, diffPercent, step, String.format(Locale.ROOT,
                        "loss '%s' decreased by %s from step %d to step %d (%s -> %s), less than diff_percent %s",
                        loss, Numbers.percent(decrease), previousStep, step, Numbers.format(previous),
                        Numbers.format(current), Numbers.percent(diffPercent))));
            }
            return Optional.empty();
        }
        double best = Math.min(previous, lowest.getOrDefault(loss, previous));
        double rise = percentChange(best, current - best);
        if (rise > increaseThresholdPercent) {
            return Optional.of(new Finding(loss, rise, increaseThresholdPercent, step, String.format(Locale.ROOT,
                    "loss '%s' rose to %s at step %d, %s above its lowest compared value %s, more than "
                            + "increase_threshold_percent %s", loss, Numbers.format(current), step,
                    Numbers.percent(rise), Numbers.format(best), Numbers.percent(increaseThresholdPercent))));
        }
        return Optional.empty();
    }

    /** Returns {@code difference} as a percentage of {@code base}; a change from zero is infinite. */
    private static double percentChange(double base, double difference) {
        if (base == 0) {
            return difference == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, difference);
        }
        return 100 * difference / Math.abs(base);
    }

    private static int newestAtOrBefore(List<Integer> ascendingSteps, int limit) {
        int found = -1;
        for (int candidate : ascendingSteps) {
            if (candidate > limit) {
                break;
            }
            found = candidate;
        }
        return found;
    }
}
