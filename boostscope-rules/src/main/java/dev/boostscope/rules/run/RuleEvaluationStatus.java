// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.run;

import java.util.Locale;

/**
 * A rule's evaluation status, as SageMaker's {@code RuleEvaluationStatus}.
 *
 * <p>Immutable.
 */
public enum RuleEvaluationStatus {
    /** The rule is being evaluated as steps land. */
    IN_PROGRESS("InProgress"),
    /** Training ended and the rule never fired. */
    NO_ISSUES_FOUND("NoIssuesFound"),
    /** The rule fired; it is not evaluated further. */
    ISSUES_FOUND("IssuesFound"),
    /** The rule could not be evaluated; it is not evaluated further. */
    ERROR("Error"),
    /** Evaluation was stopped before training ended. */
    STOPPED("Stopped");

    private final String wireName;

    RuleEvaluationStatus(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns SageMaker's name for the status.
     *
     * @return such as {@code IssuesFound}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Returns whether the status is final: every status but {@link #IN_PROGRESS}.
     *
     * @return true if final
     */
    public boolean isFinal() {
        return this != IN_PROGRESS;
    }

    /**
     * Returns the status with a SageMaker name.
     *
     * @param wireName such as {@code NoIssuesFound}
     * @return the status
     * @throws IllegalArgumentException if no status has that name
     */
    public static RuleEvaluationStatus fromWireName(String wireName) {
        for (RuleEvaluationStatus status : values()) {
            if (status.wireName.equals(wireName)) {
                return status;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "rule evaluation status must be one of InProgress, NoIssuesFound, IssuesFound, Error, Stopped: '%s'",
                wireName));
    }
}
