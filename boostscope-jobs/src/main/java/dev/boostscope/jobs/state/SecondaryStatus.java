// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.state;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A training job's detailed status, as DescribeTrainingJob's {@code SecondaryStatus}; each maps to one
 * {@link TrainingJobStatus}.
 *
 * <p>Immutable.
 */
public enum SecondaryStatus {
    /** The job process is starting. */
    STARTING("Starting", TrainingJobStatus.IN_PROGRESS),
    /** Inputs are being fetched (S3) or checked (local). */
    DOWNLOADING("Downloading", TrainingJobStatus.IN_PROGRESS),
    /** Boosting rounds are running and the debugger data is being written. */
    TRAINING("Training", TrainingJobStatus.IN_PROGRESS),
    /** The model is being saved to the output path. */
    UPLOADING("Uploading", TrainingJobStatus.IN_PROGRESS),
    /** A stop was requested; the job ends after the current round. */
    STOPPING("Stopping", TrainingJobStatus.STOPPING),
    /** The job was stopped by a user or a rule. */
    STOPPED("Stopped", TrainingJobStatus.STOPPED),
    /** The job was stopped because it ran longer than {@code MaxRuntimeInSeconds}. */
    MAX_RUNTIME_EXCEEDED("MaxRuntimeExceeded", TrainingJobStatus.STOPPED),
    /** The job ended with a model. */
    COMPLETED("Completed", TrainingJobStatus.COMPLETED),
    /** The job ended on an error. */
    FAILED("Failed", TrainingJobStatus.FAILED);

    private final String wireName;
    private final TrainingJobStatus primary;

    SecondaryStatus(String wireName, TrainingJobStatus primary) {
        this.wireName = wireName;
        this.primary = primary;
    }

    /**
     * Returns the name SageMaker uses, such as {@code MaxRuntimeExceeded}.
     *
     * @return the wire name
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the primary status this detailed status belongs to.
     *
     * @return the primary status
     */
    public TrainingJobStatus primary() {
        return primary;
    }

    /**
     * Returns whether the job has ended.
     *
     * @return true if the primary status is terminal
     */
    public boolean isTerminal() {
        return primary.isTerminal();
    }

    /**
     * Parses a wire name, ignoring case.
     *
     * @param text the name, such as {@code Training}
     * @return the status
     * @throws IllegalArgumentException if no status has that name
     */
    public static SecondaryStatus parse(String text) {
        for (SecondaryStatus status : values()) {
            if (status.wireName.equalsIgnoreCase(text.strip())) {
                return status;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "unknown secondary status '%s': expected one of %s", text,
                Arrays.stream(values()).map(SecondaryStatus::wireName).collect(Collectors.joining(", "))));
    }
}
