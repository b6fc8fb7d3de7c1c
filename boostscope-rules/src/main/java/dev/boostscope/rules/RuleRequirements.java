// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules;

import java.util.List;

/**
 * What a rule reads: the collections and tensor-name regexes the hook must save for it, and the other trials (by
 * name) it compares the base trial with. The jobs module turns the first two into the hook's save configuration.
 *
 * @param collections collection names, such as {@code metrics}
 * @param tensorRegexes regular expressions of tensor names ({@code Matcher.find})
 * @param otherTrials names or locations of other trials, resolved by the runner
 *
 * <p>Immutable.
 */
public record RuleRequirements(List<String> collections, List<String> tensorRegexes, List<String> otherTrials) {

    /**
     * Copies the lists.
     *
     * @param collections collection names
     * @param tensorRegexes tensor-name regexes
     * @param otherTrials other trials
     */
    public RuleRequirements {
        collections = List.copyOf(collections);
        tensorRegexes = List.copyOf(tensorRegexes);
        otherTrials = List.copyOf(otherTrials);
    }

    /**
     * Returns requirements on the base trial only.
     *
     * @param collections collection names
     * @param tensorRegexes tensor-name regexes
     * @return the requirements
     */
    public static RuleRequirements of(List<String> collections, List<String> tensorRegexes) {
        return new RuleRequirements(collections, tensorRegexes, List.of());
    }

    /**
     * Returns requirements on some collections of the base trial.
     *
     * @param collections collection names
     * @return the requirements
     */
    public static RuleRequirements ofCollections(String... collections) {
        return of(List.of(collections), List.of());
    }

    /**
     * Returns empty requirements: a rule that reads nothing in particular (or decides at each step).
     *
     * @return the requirements
     */
    public static RuleRequirements none() {
        return of(List.of(), List.of());
    }
}
