// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of evaluating a rule at one step: fired with a {@link Finding}, or not fired.
 *
 * <p>Immutable.
 */
public final class RuleResult {
    private static final RuleResult NOT_FIRED = new RuleResult(null);

    private final @Nullable Finding finding;

    private RuleResult(@Nullable Finding finding) {
        this.finding = finding;
    }

    /**
     * Returns the result of a rule whose condition holds.
     *
     * @param finding what it found
     * @return a fired result
     */
    public static RuleResult fired(Finding finding) {
        return new RuleResult(Objects.requireNonNull(finding, "finding"));
    }

    /**
     * Returns the result of a rule whose condition does not hold (or that had nothing to evaluate at this step).
     *
     * @return the shared not-fired result
     */
    public static RuleResult notFired() {
        return NOT_FIRED;
    }

    /**
     * Returns whether the rule's condition holds.
     *
     * @return true if fired
     */
    public boolean fired() {
        return finding != null;
    }

    /**
     * Returns the finding of a fired result.
     *
     * @return the finding; empty if not fired
     */
    public Optional<Finding> finding() {
        return Optional.ofNullable(finding);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleResult && Objects.equals(finding, ((RuleResult) other).finding);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(finding);
    }

    @Override
    public String toString() {
        return finding == null ? "RuleResult[not fired]" : "RuleResult[fired: " + finding + "]";
    }
}
