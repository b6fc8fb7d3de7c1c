// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.runs;

/**
 * Where a run came from.
 *
 * <p>Immutable.
 */
public enum RunKind {
    /** A training job of the jobs home, with its status file and its trial. */
    JOB("job"),
    /** A trial found under a trial root, with no job around it. */
    TRIAL("trial");

    private final String wireName;

    RunKind(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the name used in JSON.
     *
     * @return {@code job} or {@code trial}
     */
    public String wireName() {
        return wireName;
    }
}
