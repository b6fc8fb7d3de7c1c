// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * The outcome of running the CLI in-process: exit code, standard output and standard error.
 *
 * @param exitCode the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CliRun(int exitCode, String out, String err) {
    /** Runs {@code boostscope ARGS} with captured output. */
    static CliRun of(String... args) {
        CommandLine commandLine = BoostscopeCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, normalise(out.toString()), normalise(err.toString()));
    }

    private static String normalise(String text) {
        return text.replace(System.lineSeparator(), "\n");
    }
}
