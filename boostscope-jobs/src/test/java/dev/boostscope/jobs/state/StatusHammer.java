// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.state;

import java.nio.file.Path;

/**
 * A process that updates a job's status many times, for the cross-process locking test: {@code StatusHammer <job
 * folder> <prefix> <count>} appends {@code count} rule statuses named {@code <prefix>-<i>}.
 *
 * <p>Not thread-safe.
 */
public final class StatusHammer {
    private StatusHammer() {
    }

    /**
     * Runs the updates.
     *
     * @param args the job folder, the name prefix and the count
     */
    public static void main(String[] args) {
        JobDirectory job = JobDirectory.of(Path.of(args[0]));
        int count = Integer.parseInt(args[2]);
        for (int i = 0; i < count; i++) {
            String name = args[1] + "-" + i;
            job.update(status -> JobDirectoryTest.appendRule(status, name));
        }
    }
}
