// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import dev.boostscope.core.NdArray;
import dev.boostscope.rules.Finding;
import dev.boostscope.rules.ParameterSpec;
import dev.boostscope.rules.Rule;
import dev.boostscope.rules.RuleContext;
import dev.boostscope.rules.RuleDefinition;
import dev.boostscope.rules.RuleParameters;
import dev.boostscope.rules.RuleRequirements;
import dev.boostscope.rules.RuleResult;
import dev.boostscope.trial.Tensor;
import dev.boostscope.trial.Trial;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Fires when a selected tensor has not changed over its last {@code num_steps} saved steps (the current one and the
 * ones before, not necessarily consecutive): {@code numpy.allclose(earlier, current, rtol, atol, equal_nan)} holds for
 * each.
 *
 * <p>Immutable.
 */
final class UnchangedTensor implements Rule {
    static final String NAME = "UnchangedTensor";

    private final TensorSelection selection;
    private final int numSteps;
    private final ArrayMath.Tolerance tolerance;

    private UnchangedTensor(RuleParameters parameters) {
        this.selection = TensorSelection.required(parameters);
        this.numSteps = parameters.integer("num_steps", 2);
        this.tolerance = new ArrayMath.Tolerance(parameters.number("rtol", 0, Double.MAX_VALUE),
                parameters.number("atol", 0, Double.MAX_VALUE), parameters.flag("equal_nan"));
    }

    static RuleDefinition definition() {
        return new RuleDefinition(NAME,
                "Fires when a tensor stays numpy.allclose over its last num_steps saved steps.",
                Stream.concat(TensorSelection.requiredParameters().stream(), Stream.of(
                        new ParameterSpec("num_steps", "3", "Saved steps compared, the current one included."),
                        new ParameterSpec("rtol", "1e-05", "Relative tolerance of numpy.allclose."),
                        new ParameterSpec("atol", "1e-08", "Absolute tolerance of numpy.allclose."),
                        new ParameterSpec("equal_nan", "False", "Whether NaN equals NaN."))).toList(),
                UnchangedTensor::new);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RuleRequirements requirements() {
        return selection.requirements();
    }

    @Override
    public RuleResult evaluate(RuleContext context, int step) {
        Trial trial = context.baseTrial();
        int saved = 0;
        for (String name : selection.names(trial)) {
            Tensor tensor = trial.tensor(name);
            List<Integer> steps = tensor.steps().stream().filter(s -> s <= step).toList();
            if (steps.isEmpty() || steps.get(steps.size() - 1) != step) {
                continue;
            }
            saved++;
            if (steps.size() < numSteps) {
                continue;
            }
            List<Integer> window = steps.subList(steps.size() - numSteps, steps.size());
            if (unchanged(tensor, window, step)) {
                return RuleResult.fired(finding(tensor, window, step));
            }
        }
        if (saved == 0) {
            throw NotSaved.at(NAME, "selected tensor", step);
        }
        return RuleResult.notFired();
    }

    private boolean unchanged(Tensor tensor, List<Integer> window, int step) {
        NdArray current = tensor.value(step);
        for (int earlier : window.subList(0, window.size() - 1)) {
            if (!ArrayMath.allClose(tensor.value(earlier), current, tolerance)) {
                return false;
            }
        }
        return true;
    }

    private Finding finding(Tensor tensor, List<Integer> window, int step) {
        NdArray current = tensor.value(step);
        double largest = 0;
        for (int earlier : window.subList(0, window.size() - 1)) {
            largest = Math.max(largest, ArrayMath.maxAbsDifference(tensor.value(earlier), current));
        }
        return new Finding(tensor.name(), largest, tolerance.atol(), step, String.format(Locale.ROOT,
                "'%s' unchanged over steps %s (largest difference %s; rtol %s, atol %s)", tensor.name(), window,
                Numbers.format(largest), Numbers.format(tolerance.rtol()), Numbers.format(tolerance.atol())));
    }
}
