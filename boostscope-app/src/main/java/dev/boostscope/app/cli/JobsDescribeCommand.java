// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import dev.boostscope.jobs.state.StatusJson;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code boostscope jobs describe NAME}: prints a job as DescribeTrainingJob JSON.
 *
 * <p>Not thread-safe.
 */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Print a job as DescribeTrainingJob JSON, with its debugger artifacts path and progress.")
final class JobsDescribeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "The job's name.")
    String name;

    @Mixin
    JobsHomeOption home;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String json = StatusJson.MAPPER.writeValueAsString(home.open().job(name).describe().toJson());
        spec.commandLine().getOut().println(json);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
