// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code boostscope data}: gets full-size data sets onto disk.
 *
 * <p>Not thread-safe.
 */
@Command(name = "data",
        mixinStandardHelpOptions = true,
        description = "Get full-size data sets (the bundled MNIST subset needs nothing).",
        subcommands = {DataMnistCommand.class, DataFashionMnistCommand.class})
final class DataCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a data set is required: mnist or fashion-mnist");
    }
}
