// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import dev.boostscope.trial.Trial;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.InstantSource;
import java.util.function.Function;
import picocli.CommandLine;

/** Runs the CLI in process with a trial opener seam, capturing its output. */
final class Cli {
    static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final CommandLine commandLine = BoostscopeCommand.newCommandLine();

    Cli(Function<String, Trial> opener) {
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        inject(commandLine, opener);
    }

    /** Returns a CLI whose every trial location opens the given trial. */
    static Cli with(Trial trial) {
        return new Cli(location -> trial);
    }

    int run(String... args) {
        return commandLine.execute(args);
    }

    String out() {
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    String err() {
        return err.toString().replace(System.lineSeparator(), "\n");
    }

    private static void inject(CommandLine line, Function<String, Trial> opener) {
        Object command = line.getCommand();
        if (command instanceof ViewCommand) {
            ((ViewCommand) command).opener = opener;
        }
        if (command instanceof ReportCommand) {
            ((ReportCommand) command).clock = InstantSource.fixed(NOW);
        }
        if (command instanceof WatchCommand) {
            ((WatchCommand) command).terminal = false;
        }
        line.getSubcommands().values().forEach(sub -> inject(sub, opener));
    }
}
