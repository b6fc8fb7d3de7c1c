// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import dev.boostscope.core.TrialNotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Words a {@link TrialNotFoundException} as a usage error naming the option or argument that gave the trial, for
 * every command that takes one ({@code --trial URI} or a {@code URI} argument), so that no command handles it itself.
 *
 * <p>Thread-safe.
 */
final class MissingTrial {
    /** What to pass instead: ends every message. */
    static final String FIX = "pass the debugger output folder of a job (its debug-output), an s3:// URI, "
            + "or run ./boostscope jobs list";
    private static final String OPTION = "--trial";
    private static final String LABEL = "URI";

    private MissingTrial() {
    }

    /**
     * Returns the usage message for a failure caused by a missing trial.
     *
     * @param failure what the command threw
     * @param parseResult the parsed command line
     * @return a message like {@code --trial /x: no trial there (the folder does not exist): pass ...}, or empty if
     *     the failure is not a missing trial or the command takes no trial
     */
    static Optional<String> describe(Throwable failure, CommandLine.ParseResult parseResult) {
        TrialNotFoundException notFound = find(failure);
        if (notFound == null) {
            return Optional.empty();
        }
        String reason = notFound.reason().orElse(String.valueOf(notFound.getMessage()));
        return input(deepest(parseResult)).map(named -> String.format(Locale.ROOT, "%s: no trial there (%s): %s",
                named, reason, FIX));
    }

    private static @Nullable TrialNotFoundException find(Throwable failure) {
        for (Throwable at = failure; at != null; at = at.getCause()) {
            if (at instanceof TrialNotFoundException) {
                return (TrialNotFoundException) at;
            }
        }
        return null;
    }

    private static CommandLine.ParseResult deepest(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult at = parseResult;
        while (at.hasSubcommand()) {
            at = at.subcommand();
        }
        return at;
    }

    /** Returns the trial's option or argument with the value as typed, such as {@code --trial /x}. */
    private static Optional<String> input(CommandLine.ParseResult parseResult) {
        OptionSpec option = parseResult.matchedOption(OPTION);
        if (option != null) {
            return Optional.of(OPTION + " " + typed(option));
        }
        for (PositionalParamSpec positional : parseResult.matchedPositionals()) {
            if (LABEL.equals(positional.paramLabel())) {
                return Optional.of(LABEL + " " + typed(positional));
            }
        }
        return Optional.empty();
    }

    private static String typed(ArgSpec arg) {
        List<String> values = arg.originalStringValues();
        return values.isEmpty() ? String.valueOf((Object) arg.getValue()) : values.get(values.size() - 1);
    }
}
