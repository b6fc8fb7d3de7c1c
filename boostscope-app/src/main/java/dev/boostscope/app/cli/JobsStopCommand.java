// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import dev.boostscope.jobs.TrainingJob;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code boostscope jobs stop NAME}: requests a stop, as StopTrainingJob; the job ends Stopped after its current round.
 *
 * <p>Not thread-safe.
 */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = {"Stop a job after its current round (StopTrainingJob); its data is flushed.",
            "Returns at once; 'jobs wait NAME' waits for the stop."})
final class JobsStopCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "The job's name.")
    String name;

    @Mixin
    JobsHomeOption home;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        TrainingJob job = home.open().job(name);
        PrintWriter out = spec.commandLine().getOut();
        if (job.stop()) {
            out.println("Stopping training job " + name);
        } else {
            out.println("Training job " + name + " has already ended: "
                    + job.describe().secondaryStatus().wireName());
        }
        out.flush();
        return 0;
    }
}
