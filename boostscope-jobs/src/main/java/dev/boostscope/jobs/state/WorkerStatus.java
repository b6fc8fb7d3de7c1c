// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.state;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The state of one worker process of a multi-worker job, as {@code describe} shows it under {@code Workers}.
 *
 * @param rank the worker's rank, from 0; it writes the trial as {@code worker_<rank>}
 * @param pid its process id; 0 before it started
 * @param state where it is
 * @param exitCode its exit code once it ended, or -1 while it runs
 * @param round the rounds it completed
 *
 * <p>Immutable.
 */
public record WorkerStatus(int rank, long pid, State state, int exitCode, int round) {
    /** No exit code yet. */
    public static final int RUNNING = -1;

    /**
     * Validates.
     *
     * @param rank the rank, non-negative
     * @param pid the pid, non-negative
     * @param state the state
     * @param exitCode the exit code, or {@link #RUNNING}
     * @param round the rounds done, non-negative
     */
    public WorkerStatus {
        if (rank < 0 || pid < 0 || round < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "rank, pid and round must be non-negative: rank %d, pid %d, round %d", rank, pid, round));
        }
        Objects.requireNonNull(state, "state");
    }

    /**
     * Returns the name the worker writes the trial under.
     *
     * @return {@code worker_<rank>}
     */
    public String workerName() {
        return "worker_" + rank;
    }

    /**
     * Returns the exit code.
     *
     * @return the code, or empty while the process runs
     */
    public OptionalInt exit() {
        return exitCode == RUNNING ? OptionalInt.empty() : OptionalInt.of(exitCode);
    }

    /** Where a worker is. */
    public enum State {
        /** Started: staging and loading its data, joining the tracker. */
        STARTING("Starting"),
        /** Training: at least one round done. */
        TRAINING("Training"),
        /** Ended on its own with exit code 0 (all rounds done, or stopped with the others on a whole round). */
        COMPLETED("Completed"),
        /** Ended with a non-zero exit code, or was killed. */
        FAILED("Failed"),
        /** Ended by the job: stopped after another worker failed, or after a stop that did not end in time. */
        TERMINATED("Terminated");

        private final String wireName;

        State(String wireName) {
            this.wireName = wireName;
        }

        /**
         * Returns the name {@code describe} shows.
         *
         * @return the name
         */
        public String wireName() {
            return wireName;
        }

        /**
         * Parses a name.
         *
         * @param text the name
         * @return the state
         * @throws IllegalArgumentException if the name is unknown
         */
        public static State parse(String text) {
            for (State value : values()) {
                if (value.wireName.equals(text)) {
                    return value;
                }
            }
            throw new IllegalArgumentException("unknown worker state: '" + text + "'");
        }
    }
}
