// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code boostscope trial}: reads a trial (a training run's saved tensors) from a folder or S3.
 *
 * <p>Not thread-safe.
 */
@Command(name = "trial",
        mixinStandardHelpOptions = true,
        description = "Read a trial (a folder or s3://bucket/prefix written by Boostscope or smdebug).",
        subcommands = {TrialInspectCommand.class, TrialValueCommand.class, TrialTailCommand.class})
final class TrialCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a trial command is required");
    }
}
