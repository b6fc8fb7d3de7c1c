// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.state;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a job's {@code DebugRuleEvaluationStatuses}: where a configured rule stands.
 *
 * @param ruleConfigurationName the rule configuration's name
 * @param ruleEvaluationStatus {@code InProgress}, {@code NoIssuesFound}, {@code IssuesFound}, {@code Error},
 *     {@code Stopping} or {@code Stopped}
 * @param statusDetails the finding or the error, or null
 * @param lastModifiedTime when the status last changed
 *
 * <p>Immutable.
 */
public record RuleEvaluationStatus(String ruleConfigurationName, String ruleEvaluationStatus,
        @Nullable String statusDetails, Instant lastModifiedTime) {

    /**
     * Validates.
     *
     * @param ruleConfigurationName the rule configuration's name
     * @param ruleEvaluationStatus the status
     * @param statusDetails the details, or null
     * @param lastModifiedTime when it last changed
     */
    public RuleEvaluationStatus {
        Objects.requireNonNull(ruleConfigurationName, "ruleConfigurationName");
        Objects.requireNonNull(ruleEvaluationStatus, "ruleEvaluationStatus");
        Objects.requireNonNull(lastModifiedTime, "lastModifiedTime");
    }

    /**
     * Returns the finding or the error.
     *
     * @return the details, or empty
     */
    public Optional<String> details() {
        return Optional.ofNullable(statusDetails);
    }
}
