// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.run;

import dev.boostscope.rules.Finding;
import java.util.List;
import java.util.Objects;

/**
 * The result of evaluating one rule offline over a range of steps.
 *
 * @param ruleName the rule type, such as {@code LossNotDecreasing}
 * @param evaluatedSteps the steps the rule was evaluated at, ascending
 * @param skippedSteps the steps skipped because data the rule needed was not saved there
 * @param findings every finding, in step order
 *
 * <p>Immutable.
 */
public record RuleReport(String ruleName, List<Integer> evaluatedSteps, List<Integer> skippedSteps,
        List<Finding> findings) {

    /**
     * Validates and copies.
     *
     * @param ruleName the rule name
     * @param evaluatedSteps evaluated steps
     * @param skippedSteps skipped steps
     * @param findings the findings
     */
    public RuleReport {
        Objects.requireNonNull(ruleName, "ruleName");
        evaluatedSteps = List.copyOf(evaluatedSteps);
        skippedSteps = List.copyOf(skippedSteps);
        findings = List.copyOf(findings);
    }

    /**
     * Returns whether the rule fired at least once.
     *
     * @return true if there is a finding
     */
    public boolean issuesFound() {
        return !findings.isEmpty();
    }
}
