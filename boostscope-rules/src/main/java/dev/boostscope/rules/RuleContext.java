// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules;

import dev.boostscope.core.RuleException;
import dev.boostscope.trial.Trial;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule is evaluated against: the base trial, the other trials it asked for by name, and the clock.
 *
 * @param baseTrial the trial being evaluated
 * @param otherTrials other trials by the name the rule used in {@link RuleRequirements#otherTrials()}
 * @param clock the time source (rules about elapsed time read it)
 *
 * <p>Immutable; the trials are thread-safe.
 */
public record RuleContext(Trial baseTrial, Map<String, Trial> otherTrials, InstantSource clock) {

    /**
     * Validates and copies.
     *
     * @param baseTrial the base trial
     * @param otherTrials the other trials by name
     * @param clock the clock
     */
    public RuleContext {
        Objects.requireNonNull(baseTrial, "baseTrial");
        otherTrials = Map.copyOf(otherTrials);
        Objects.requireNonNull(clock, "clock");
    }

    /**
     * Returns a context with a base trial only and the system clock.
     *
     * @param baseTrial the base trial
     * @return the context
     */
    public static RuleContext of(Trial baseTrial) {
        return new RuleContext(baseTrial, Map.of(), InstantSource.system());
    }

    /**
     * Returns another trial the rule asked for.
     *
     * @param name the name the rule gave in its requirements
     * @return the trial
     * @throws RuleException if no trial of that name was provided
     */
    public Trial otherTrial(String name) {
        Trial trial = otherTrials.get(name);
        if (trial == null) {
            throw new RuleException(String.format(Locale.ROOT,
                    "other trial '%s' was not provided to the rule (provided: %s)", name, otherTrials.keySet()));
        }
        return trial;
    }
}
