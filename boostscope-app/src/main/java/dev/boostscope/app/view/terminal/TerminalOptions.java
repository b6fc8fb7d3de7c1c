// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.terminal;

import java.util.Map;

/**
 * How the terminal view draws: with ANSI colours or not, and redrawn in place (cursor home and clear) or appended.
 *
 * <p>Immutable.
 *
 * @param color whether to colour the confusion matrix's cells with 24-bit ANSI backgrounds
 * @param redrawInPlace whether each frame replaces the previous one on screen
 */
public record TerminalOptions(boolean color, boolean redrawInPlace) {
    /** Plain text, appended: what goes to a file or a pipe. */
    public static final TerminalOptions PLAIN = new TerminalOptions(false, false);

    /**
     * Returns the options for the current process: colour and redrawing only on a terminal, and no colour when the
     * {@code NO_COLOR} environment variable is set to anything non-empty (no-color.org).
     *
     * @param environment the environment variables
     * @param terminal whether the output is a terminal ({@code System.console() != null})
     * @return the options
     */
    public static TerminalOptions detect(Map<String, String> environment, boolean terminal) {
        String noColor = environment.get("NO_COLOR");
        boolean colorOff = noColor != null && !noColor.isEmpty();
        return new TerminalOptions(terminal && !colorOff, terminal);
    }
}
