// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import dev.boostscope.jobs.JobsHome;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code --home DIR} option every {@code jobs} command takes.
 *
 * <p>Not thread-safe.
 */
final class JobsHomeOption {
    @Option(names = "--home", paramLabel = "DIR",
            description = "The jobs home (default: $" + JobsHome.HOME_ENV + ", else ~/.boostscope/jobs).")
    @Nullable Path home;

    JobsHome open() {
        return JobsHome.open(JobsHome.resolve(home, System.getenv()));
    }
}
