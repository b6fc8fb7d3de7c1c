// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code boostscope rules}: the built-in rule catalogue and offline rule evaluation.
 *
 * <p>Not thread-safe.
 */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        description = "List the built-in rules, or evaluate a rule over a saved trial.",
        subcommands = {RulesListCommand.class, RulesRunCommand.class})
final class RulesCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a rules command is required (list or run)");
    }
}
