// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

/**
 * The {@code boostscope} command's entry point.
 *
 * <p>Not thread-safe; run once per process.
 */
public final class Main {
    private Main() {
    }

    /**
     * Runs the CLI and exits with its code: 0 ok, 1 internal error, 2 usage error, 3 a rule fired.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(BoostscopeCommand.newCommandLine().execute(args));
    }
}
