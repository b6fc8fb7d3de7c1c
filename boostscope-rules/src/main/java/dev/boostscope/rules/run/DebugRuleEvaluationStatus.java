// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A rule's status as a job's status file and describe output keep it, in SageMaker's
 * {@code DebugRuleEvaluationStatuses} shape; Jackson reads and writes it as
 * {@code {"RuleConfigurationName":"Overfit","RuleEvaluationStatus":"IssuesFound","StatusDetails":"...",
 * "LastModifiedTime":"2025-01-01T10:00:00Z"}}.
 *
 * @param ruleConfigurationName the configuration name
 * @param ruleEvaluationStatus the status's SageMaker name, such as {@code IssuesFound}
 * @param statusDetails the details sentence
 * @param lastModifiedTime an ISO-8601 instant
 *
 * <p>Immutable.
 */
public record DebugRuleEvaluationStatus(
        @JsonProperty("RuleConfigurationName") String ruleConfigurationName,
        @JsonProperty("RuleEvaluationStatus") String ruleEvaluationStatus,
        @JsonProperty("StatusDetails") String statusDetails,
        @JsonProperty("LastModifiedTime") String lastModifiedTime) {

    /**
     * Validates the status.
     *
     * @param ruleConfigurationName the configuration name
     * @param ruleEvaluationStatus the status name
     * @param statusDetails the details
     * @param lastModifiedTime the time
     * @throws IllegalArgumentException if the status name is unknown
     */
    @JsonCreator
    public DebugRuleEvaluationStatus {
        Objects.requireNonNull(ruleConfigurationName, "ruleConfigurationName");
        RuleEvaluationStatus.fromWireName(ruleEvaluationStatus);
        Objects.requireNonNull(statusDetails, "statusDetails");
        Objects.requireNonNull(lastModifiedTime, "lastModifiedTime");
    }

    /**
     * Converts a runner's status.
     *
     * @param status the status
     * @return the JSON-friendly form
     */
    public static DebugRuleEvaluationStatus from(RuleStatus status) {
        return new DebugRuleEvaluationStatus(status.ruleConfigurationName(), status.status().wireName(),
                status.statusDetails(), status.lastModifiedTime().toString());
    }
}
