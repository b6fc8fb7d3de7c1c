// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import dev.boostscope.core.NdArray;
import dev.boostscope.rules.ParameterSpec;
import dev.boostscope.rules.RuleParameters;
import dev.boostscope.rules.RuleRequirements;
import dev.boostscope.trial.Trial;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The tensors a rule inspects, from SageMaker's {@code collection_names} and {@code tensor_regex} parameters (both
 * comma-separated lists; the union of both when both are given).
 *
 * @param collections collection names
 * @param regexes tensor-name regexes, matched with {@code find} as Python's {@code re.search}
 *
 * <p>Immutable.
 */
record TensorSelection(List<String> collections, List<String> regexes) {
    static final String COLLECTION_NAMES = "collection_names";
    static final String TENSOR_REGEX = "tensor_regex";

    TensorSelection {
        collections = List.copyOf(collections);
        regexes = List.copyOf(regexes);
    }

    /** Reads {@code collection_names} and {@code tensor_regex}, checking that each regex compiles. */
    static TensorSelection from(RuleParameters parameters) {
        List<String> regexes = parameters.list(TENSOR_REGEX);
        for (String regex : regexes) {
            checkRegex(parameters, TENSOR_REGEX, regex);
        }
        return new TensorSelection(parameters.list(COLLECTION_NAMES), regexes);
    }

    /** As {@link #from}, but at least one of the two parameters must be given. */
    static TensorSelection required(RuleParameters parameters) {
        TensorSelection selection = from(parameters);
        if (selection.isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "rule %s needs parameter '%s' or '%s'", parameters.ruleName(), COLLECTION_NAMES, TENSOR_REGEX));
        }
        return selection;
    }

    static void checkRegex(RuleParameters parameters, String name, String regex) {
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw parameters.invalid(name, "a regular expression (" + e.getDescription() + ")");
        }
    }

    /**
     * Returns the two selection parameters of a rule that requires one of them (AllZero, TensorVariance,
     * UnchangedTensor), as the rule lists them.
     */
    static List<ParameterSpec> requiredParameters() {
        return List.of(new ParameterSpec(COLLECTION_NAMES, "",
                        "Comma-separated collections to inspect (this or tensor_regex is required)."),
                new ParameterSpec(TENSOR_REGEX, "", "Comma-separated regexes of tensor names to inspect."));
    }

    /**
     * Returns the values at a step of the selected tensors that are numeric and not empty, by tensor name in order.
     *
     * @param trial the trial
     * @param step the step
     * @param rule the rule's name, for the error
     * @return the values as doubles, at least one
     * @throws dev.boostscope.core.TensorUnavailableException if no selected numeric tensor was saved at the step
     */
    Map<String, double[]> numericValuesAt(Trial trial, int step, String rule) {
        Map<String, double[]> values = new LinkedHashMap<>();
        for (String name : names(trial)) {
            if (trial.tensor(name).steps().contains(step)) {
                NdArray value = trial.tensor(name).value(step);
                if (value.dtype().isNumeric() && value.size() > 0) {
                    values.put(name, value.toDoubleArray());
                }
            }
        }
        if (values.isEmpty()) {
            throw NotSaved.at(rule, "selected numeric tensor", step);
        }
        return values;
    }

    boolean isEmpty() {
        return collections.isEmpty() && regexes.isEmpty();
    }

    /** Returns the selected tensor names known to the trial, sorted. */
    List<String> names(Trial trial) {
        Set<String> names = new TreeSet<>();
        collections.forEach(collection -> names.addAll(trial.tensorNamesInCollection(collection)));
        regexes.forEach(regex -> names.addAll(trial.tensorNamesMatching(regex)));
        // collection files may list names that were never saved: keep the ones the trial has seen
        names.retainAll(new HashSet<>(trial.tensorNames()));
        return List.copyOf(names);
    }

    RuleRequirements requirements() {
        return RuleRequirements.of(collections, regexes);
    }
}
