// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * A command that reads a trial: holds the seam that opens it ({@link Trials#open(String)} in production, a fake in
 * tests) and the command's spec for its output streams.
 *
 * <p>Not thread-safe.
 */
abstract class ViewCommand {
    /** Opens a trial from the location the user gave; tests replace it. */
    Function<String, Trial> opener = Trials::open;

    @CommandLine.Option(names = "--worker", paramLabel = "W", description = WorkerChoice.DESCRIPTION)
    @Nullable String worker;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Trial open(String location) {
        return opener.apply(location);
    }

    /** Returns the opened trial as the {@code --worker} chosen wrote it; the trial itself without the option. */
    Trial chosen(Trial opened) {
        return WorkerChoice.view(opened, worker);
    }

    /** Checks an image dimension option. */
    static int pixels(String option, int value) {
        if (value < 64 || value > 4096) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s must be 64 to 4096 pixels: %d", option, value));
        }
        return value;
    }

    /** Checks that the output file name ends with an extension and returns it. */
    static String requireExtension(Path out, String... allowed) {
        String extension = OutputFiles.extension(out);
        if (!List.of(allowed).contains(extension)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "--out must end in .%s: '%s'",
                    String.join(" or .", allowed), out));
        }
        return extension;
    }

    void say(String line) {
        spec.commandLine().getOut().println(line);
        spec.commandLine().getOut().flush();
    }
}
