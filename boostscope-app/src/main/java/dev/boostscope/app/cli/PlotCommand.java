// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code boostscope plot}: the plot kinds as subcommands.
 *
 * <p>Not thread-safe.
 */
@Command(name = "plot",
        description = "Draw a trial to an image file: the animated confusion matrix, metric curves or feature "
                + "importance.",
        mixinStandardHelpOptions = true,
        subcommands = {PlotConfusionCommand.class, PlotMetricsCommand.class, PlotImportanceCommand.class})
final class PlotCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a plot kind is required: confusion, metrics or importance");
    }
}
