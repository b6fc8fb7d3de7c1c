// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.runs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boostscope.jobs.JobsHome;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a job run's status as DescribeTrainingJob JSON, the same object {@code boostscope jobs describe --json}
 * prints. A job whose process died without reporting is marked Failed on the way (the jobs module's rule).
 *
 * <p>Stateless; thread-safe.
 */
public final class JobStatuses {
    private JobStatuses() {
    }

    /**
     * Describes a run's job. Blocks on I/O.
     *
     * @param run a run
     * @return the description without the job's local paths and process, or empty for a bare trial
     * @throws dev.boostscope.core.BoostscopeException if the job's files cannot be read
     */
    public static Optional<ObjectNode> describe(RunRef run) {
        Optional<Path> folder = run.job();
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        Path home = folder.get().getParent();
        ObjectNode json = JobsHome.open(home).job(folder.get().getFileName().toString()).describe().toJson();
        // paths of this machine and the process id are of no use to a page, and need not travel
        json.remove("JobDirectory");
        json.remove("Process");
        return Optional.of(json);
    }
}
