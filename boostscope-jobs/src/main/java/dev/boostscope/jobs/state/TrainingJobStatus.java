// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.state;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A training job's primary status, as DescribeTrainingJob's {@code TrainingJobStatus}.
 *
 * <p>Immutable.
 */
public enum TrainingJobStatus {
    /** The job is starting, downloading, training or uploading. */
    IN_PROGRESS("InProgress"),
    /** The job ended with a model. */
    COMPLETED("Completed"),
    /** The job ended on an error; the failure reason says which. */
    FAILED("Failed"),
    /** A stop was requested; the job ends after the current round. */
    STOPPING("Stopping"),
    /** The job was stopped (by a user, its maximum run time or a rule). */
    STOPPED("Stopped");

    private final String wireName;

    TrainingJobStatus(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the name SageMaker uses, such as {@code InProgress}.
     *
     * @return the wire name
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Returns whether the job has ended: no transition follows.
     *
     * @return true for Completed, Failed and Stopped
     */
    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == STOPPED;
    }

    /**
     * Parses a wire name, ignoring case.
     *
     * @param text the name, such as {@code InProgress}
     * @return the status
     * @throws IllegalArgumentException if no status has that name
     */
    public static TrainingJobStatus parse(String text) {
        for (TrainingJobStatus status : values()) {
            if (status.wireName.equalsIgnoreCase(text.strip())) {
                return status;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "unknown training job status '%s': expected one of %s", text,
                Arrays.stream(values()).map(TrainingJobStatus::wireName).collect(Collectors.joining(", "))));
    }
}
