// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import dev.boostscope.core.BoostscopeException;
import dev.boostscope.jobs.JobNotFoundException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The root {@code boostscope} command: global options and the list of subcommands.
 *
 * <p>Not thread-safe.
 */
@Command(name = "boostscope",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A local-first, real-time debugger for XGBoost training on the JVM.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./boostscope demo --no-dashboard",
            "  ./boostscope trial tail runs/run-7",
            "  ./boostscope rules run --trial runs/run-7 --rule Overfit",
            "  ./boostscope serve --trials runs",
            "",
            "'./boostscope help COMMAND' shows a command's options.",
            "Exit codes: 0 ok, 1 error, 2 usage error, 3 a rule fired ('jobs wait' has more).",
        },
        subcommands = {
            CommandLine.HelpCommand.class,
            ServeCommand.class,
            DemoCommand.class,
            DataCommand.class,
            RulesCommand.class,
            JobsCommand.class,
            TrialCommand.class,
            PlotCommand.class,
            ReportCommand.class,
            WatchCommand.class,
        })
public final class BoostscopeCommand implements Runnable {
    /** Exit code for "a rule fired", used by the rules commands. */
    public static final int EXIT_RULE_FIRED = 3;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /**
     * Returns a command line with Boostscope's exit codes and error wording set up.
     *
     * @return the command line
     */
    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new BoostscopeCommand());
        shareVersion(commandLine, commandLine.getCommandSpec().versionProvider());
        commandLine.setExecutionExceptionHandler(BoostscopeCommand::handleExecutionException);
        commandLine.setParameterExceptionHandler(BoostscopeCommand::handleParameterException);
        return commandLine;
    }

    /** Gives every subcommand the root's {@code --version} text: picocli does not inherit a version provider. */
    private static void shareVersion(CommandLine commandLine, CommandLine.IVersionProvider provider) {
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(provider);
            shareVersion(sub, provider);
        }
    }

    private static int handleExecutionException(Exception e, CommandLine commandLine,
            CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean verbose = parseResult.hasMatchedOption("--verbose");
        Optional<String> missingTrial = MissingTrial.describe(e, parseResult);
        err.println("boostscope: error: " + missingTrial.orElseGet(() -> describe(e)));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        boolean usage = e instanceof IllegalArgumentException || e instanceof JobNotFoundException
                || missingTrial.isPresent();
        return usage ? CommandLine.ExitCode.USAGE : CommandLine.ExitCode.SOFTWARE;
    }

    private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("boostscope: error: " + e.getMessage());
        commandLine.usage(err, commandLine.getColorScheme());
        err.flush();
        return CommandLine.ExitCode.USAGE;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        if (e instanceof JobNotFoundException) {
            message += ": 'boostscope jobs list' (with the same --home) lists the jobs there";
        }
        if (!(e instanceof BoostscopeException) && !(e instanceof IllegalArgumentException)
                && !(e instanceof IllegalStateException)) {
            message = String.format(Locale.ROOT, "%s: %s", e.getClass().getSimpleName(), message);
        }
        return message;
    }
}
