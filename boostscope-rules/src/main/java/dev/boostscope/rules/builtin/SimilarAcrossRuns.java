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
import dev.boostscope.trial.Trial;
import java.util.List;
import java.util.Locale;

/**
 * Fires when a tensor of the base trial differs from the same tensor at the same step of {@code other_trial}:
 * {@code numpy.allclose} with numpy's default tolerances (rtol 1e-05, atol 1e-08) fails, or the shapes differ. Only
 * tensors and steps present in both trials are compared; all tensors unless {@code collection_names} or
 * {@code tensor_regex} narrows them.
 *
 * <p>Immutable.
 */
final class SimilarAcrossRuns implements Rule {
    static final String NAME = "SimilarAcrossRuns";

    private final String otherTrial;
    private final TensorSelection selection;

    private SimilarAcrossRuns(RuleParameters parameters) {
        this.otherTrial = parameters.requiredText("other_trial");
        this.selection = TensorSelection.from(parameters);
    }

    static RuleDefinition definition() {
        return new RuleDefinition(NAME,
                "Fires when a tensor differs from the same tensor at the same step of another trial.",
                List.of(new ParameterSpec("other_trial", "",
                                "Required: the other trial (a job name or a trial location)."),
                        new ParameterSpec(TensorSelection.COLLECTION_NAMES, "",
                                "Comma-separated collections to compare; all tensors by default."),
                        new ParameterSpec(TensorSelection.TENSOR_REGEX, "",
                                "Comma-separated regexes of tensor names to compare.")),
                SimilarAcrossRuns::new);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RuleRequirements requirements() {
        return new RuleRequirements(selection.collections(), selection.regexes(), List.of(otherTrial));
    }

    @Override
    public RuleResult evaluate(RuleContext context, int step) {
        Trial base = context.baseTrial();
        Trial other = context.otherTrial(otherTrial);
        List<String> names = selection.isEmpty() ? base.tensorNames() : selection.names(base);
        int compared = 0;
        for (String name : names) {
            if (!base.tensor(name).steps().contains(step) || !other.hasTensor(name)
                    || !other.tensor(name).steps().contains(step)) {
                continue;
            }
            compared++;
            NdArray mine = base.tensor(name).value(step);
            NdArray theirs = other.tensor(name).value(step);
            if (!ArrayMath.allClose(mine, theirs, ArrayMath.Tolerance.NUMPY_DEFAULT)) {
                double difference = ArrayMath.maxAbsDifference(mine, theirs);
                return RuleResult.fired(new Finding(name, difference, ArrayMath.Tolerance.NUMPY_DEFAULT.atol(), step,
                        String.format(Locale.ROOT, "'%s' differs from trial '%s' at step %d (largest difference %s)",
                                name, otherTrial, step, Numbers.format(difference))));
            }
        }
        if (compared == 0) {
            throw NotSaved.at(NAME, "tensor in both trials", step);
        }
        return RuleResult.notFired();
    }
}
