// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import dev.boostscope.jobs.TrainingJob;
import dev.boostscope.jobs.spec.JobSpec;
import dev.boostscope.jobs.spec.JobSpecs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code boostscope jobs create --spec FILE}: validates a CreateTrainingJob-shaped spec, starts the job as its own
 * process and prints its name at once.
 *
 * <p>Not thread-safe.
 */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = {"Validate a job spec (CreateTrainingJob JSON), start the job in the background and print its "
                + "name.", "The job keeps running after this command returns."})
final class JobsCreateCommand implements Callable<Integer> {
    @Option(names = "--spec", required = true, paramLabel = "FILE", description = "The job spec (JSON).")
    Path specFile;

    @Mixin
    JobsHomeOption home;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        byte[] json = JobsWorkerCommand.readSpec(specFile);
        JobSpec jobSpec = JobSpecs.parse(json, specFile.toString());
        TrainingJob job = home.open().create(jobSpec, specFile.toString());
        spec.commandLine().getOut().println(job.name());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
