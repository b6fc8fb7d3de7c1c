// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.run;

import dev.boostscope.rules.Finding;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One configured rule's status at a moment.
 *
 * @param ruleConfigurationName the configuration name
 * @param ruleName the rule type, such as {@code Overfit}
 * @param status the status
 * @param statusDetails a sentence: the finding, the error's reason, or how far evaluation got
 * @param finding the finding when the status is {@link RuleEvaluationStatus#ISSUES_FOUND}, otherwise null
 * @param lastEvaluatedStep the newest step the rule was evaluated at, -1 if none
 * @param lastModifiedTime when the status last changed
 *
 * <p>Immutable.
 */
public record RuleStatus(String ruleConfigurationName, String ruleName, RuleEvaluationStatus status,
        String statusDetails, @Nullable Finding finding, int lastEvaluatedStep, Instant lastModifiedTime) {

    /**
     * Validates the status.
     *
     * @param ruleConfigurationName the configuration name
     * @param ruleName the rule name
     * @param status the status
     * @param statusDetails the details
     * @param finding the finding, present exactly when issues were found
     * @param lastEvaluatedStep the newest evaluated step, at least -1
     * @param lastModifiedTime the time
     * @throws IllegalArgumentException if a finding is given without IssuesFound, or missing with it
     */
    public RuleStatus {
        Objects.requireNonNull(ruleConfigurationName, "ruleConfigurationName");
        Objects.requireNonNull(ruleName, "ruleName");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusDetails, "statusDetails");
        Objects.requireNonNull(lastModifiedTime, "lastModifiedTime");
        if ((finding != null) != (status == RuleEvaluationStatus.ISSUES_FOUND)) {
            throw new IllegalArgumentException("finding must be given exactly with IssuesFound: " + status);
        }
        if (lastEvaluatedStep < -1) {
            throw new IllegalArgumentException("lastEvaluatedStep must be at least -1: " + lastEvaluatedStep);
        }
    }

    /**
     * Returns this status with a newer evaluated step; the status itself and its time are unchanged.
     *
     * @param step the newest evaluated step
     * @return a status
     */
    public RuleStatus withLastEvaluatedStep(int step) {
        return step == lastEvaluatedStep ? this : new RuleStatus(ruleConfigurationName, ruleName, status,
                statusDetails, finding, step, lastModifiedTime);
    }

    /**
     * Returns the finding of a rule that fired.
     *
     * @return the finding; empty unless issues were found
     */
    public Optional<Finding> findingIfAny() {
        return Optional.ofNullable(finding);
    }
}
