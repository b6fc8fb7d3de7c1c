// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import dev.boostscope.core.RuleException;
import dev.boostscope.rules.RuleParameters;
import dev.boostscope.rules.RuleRequirements;
import dev.boostscope.trial.Trial;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Finds the train/validation metric pairs that Overfit and Overtraining compare: among the tensors the optional
 * {@code tensor_regex} selects, or else among the trial's loss tensors (see {@link Metrics#lossTensors}).
 *
 * <p>Immutable.
 */
final class MetricPairs {
    private final String ruleName;
    private final List<String> regexes;

    private MetricPairs(String ruleName, List<String> regexes) {
        this.ruleName = ruleName;
        this.regexes = List.copyOf(regexes);
    }

    static MetricPairs from(RuleParameters parameters) {
        List<String> regexes = parameters.list(TensorSelection.TENSOR_REGEX);
        regexes.forEach(regex -> TensorSelection.checkRegex(parameters, TensorSelection.TENSOR_REGEX, regex));
        return new MetricPairs(parameters.ruleName(), regexes);
    }

    static MetricPairs fixed(String ruleName) {
        return new MetricPairs(ruleName, List.of());
    }

    RuleRequirements requirements() {
        return regexes.isEmpty() ? RuleRequirements.ofCollections(Metrics.LOSSES, Metrics.METRICS)
                : RuleRequirements.of(List.of(), regexes);
    }

    /**
     * Returns the pairs; throws when the trial has none, since the rule could never fire.
     *
     * @throws RuleException if no train metric has a validation counterpart
     */
    List<Metrics.MetricPair> find(Trial trial, int step) {
        List<String> candidates;
        if (regexes.isEmpty()) {
            candidates = Metrics.lossTensors(trial);
        } else {
            TreeSet<String> names = new TreeSet<>();
            regexes.forEach(regex -> names.addAll(trial.tensorNamesMatching(regex)));
            candidates = List.copyOf(names);
        }
        List<Metrics.MetricPair> pairs = Metrics.pairs(candidates);
        if (pairs.isEmpty()) {
            throw new RuleException(String.format(Locale.ROOT,
                    "rule %s found no train/validation metric pair (such as train-rmse and validation-rmse) among %s "
                            + "in %s at step %d", ruleName, candidates, trial.uri(), step));
        }
        if (pairs.stream().noneMatch(pair -> trial.tensor(pair.train()).steps().contains(step))) {
            throw NotSaved.at(ruleName, "train metric", step);
        }
        return pairs;
    }
}
