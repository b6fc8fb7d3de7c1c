// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Fires when the {@code nfeatures} largest feature importances at a step hold more than {@code threshold} of the total.
 * Importances are the scalars {@code tensor_regex} selects ({@code feature_importance/weight/<feature>} by default),
 * normalised by their sum at the step (smdebug's hook already saves them normalised).
 *
 * <p>Immutable.
 */
final class FeatureImportanceOverweight implements Rule {
    static final String NAME = "FeatureImportanceOverweight";

    private final double threshold;
    private final int nfeatures;
    private final String regex;

    private FeatureImportanceOverweight(RuleParameters parameters) {
        this.threshold = parameters.number("threshold", 0, 1);
        this.nfeatures = parameters.integer("nfeatures", 1);
        this.regex = parameters.requiredText(TensorSelection.TENSOR_REGEX);
        TensorSelection.checkRegex(parameters, TensorSelection.TENSOR_REGEX, regex);
    }

    static RuleDefinition definition() {
        return new RuleDefinition(NAME,
                "Fires when the nfeatures largest feature importances hold more than threshold of the total.",
                List.of(new ParameterSpec("threshold", "0.8",
                                "Maximum share (0 to 1) the nfeatures largest importances may hold."),
                        new ParameterSpec("nfeatures", "3", "Number of largest importances summed."),
                        new ParameterSpec(TensorSelection.TENSOR_REGEX, ".*feature_importance/weight",
                                "Regex of the importance tensors of one importance type.")),
                FeatureImportanceOverweight::new);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RuleRequirements requirements() {
        return RuleRequirements.of(List.of("feature_importance"), List.of(regex));
    }

    @Override
    public RuleResult evaluate(RuleContext context, int step) {
        Trial trial = context.baseTrial();
        List<Share> shares = new ArrayList<>();
        for (String tensor : trial.tensorNamesMatching(regex)) {
            OptionalDouble value = Metrics.scalarAt(trial, tensor, step);
            value.ifPresent(v -> shares.add(new Share(tensor, v)));
        }
        if (shares.isEmpty()) {
            throw NotSaved.at(NAME, "feature importance matching '" + regex + "'", step);
        }
        double total = shares.stream().mapToDouble(Share::value).sum();
        if (total <= 0) {
            return RuleResult.notFired();
        }
        shares.sort(Comparator.comparingDouble(Share::value).reversed().thenComparing(Share::tensor));
        List<Share> top = shares.subList(0, Math.min(nfeatures, shares.size()));
        double topShare = top.stream().mapToDouble(Share::value).sum() / total;
        if (topShare <= threshold) {
            return RuleResult.notFired();
        }
        String listed = top.stream().map(s -> feature(s.tensor()) + " " + Numbers.format(s.value() / total))
                .collect(Collectors.joining(", "));
        return RuleResult.fired(new Finding(top.get(0).tensor(), topShare, threshold, step, String.format(Locale.ROOT,
                "the %d largest of %d feature importances (%s) hold %s of the total at step %d, above threshold %s",
                top.size(), shares.size(), listed, Numbers.format(topShare), step, Numbers.format(threshold))));
    }

    private static String feature(String tensor) {
        return tensor.substring(tensor.lastIndexOf('/') + 1);
    }

    /** One feature's importance at the step. */
    private record Share(String tensor, double value) {
    }
}
