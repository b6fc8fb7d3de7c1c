// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code boostscope jobs}: training jobs that run in the background as their own processes, in the shapes of
 * SageMaker's CreateTrainingJob / DescribeTrainingJob.
 *
 * <p>Not thread-safe.
 */
@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = "Run XGBoost training jobs in the background and follow them (SageMaker's job shapes).",
        subcommands = {JobsCreateCommand.class, JobsDescribeCommand.class, JobsListCommand.class,
            JobsStopCommand.class, JobsWaitCommand.class, JobsLogsCommand.class, JobsWorkerCommand.class})
final class JobsCommand implements Runnable {
    /** Exit code of {@code jobs wait} when the job was stopped by a user or its maximum run time. */
    static final int EXIT_STOPPED = 4;
    /** Exit code of {@code jobs wait} when the timeout passed with the job still running. */
    static final int EXIT_TIMED_OUT = 5;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a jobs command is required");
    }
}
