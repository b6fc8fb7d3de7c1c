// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.terminal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Keeps text from the data (tensor, collection and worker names, string values) from driving a terminal: control
 * characters (escape, carriage return, backspace, ...) become {@code ?}, so that a name cannot move the cursor,
 * change colours or overwrite a line.
 *
 * <p>Stateless; thread-safe.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /**
     * Replaces every control character of a text.
     *
     * @param text any text
     * @return the text with each control character replaced by {@code ?}
     */
    public static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }

    /**
     * Wraps a writer of plain-text output: control characters written through it become {@code ?}, except the line
     * separator's. Flushing and closing go through to the wrapped writer.
     *
     * @param out the terminal's writer
     * @return a writer that flushes on every {@code println}
     */
    public static PrintWriter cleaning(Writer out) {
        return new PrintWriter(new Cleaning(out), true);
    }

    private static final class Cleaning extends FilterWriter {
        private static final String KEPT = System.lineSeparator();

        Cleaning(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            out.write(Character.isISOControl(c) && KEPT.indexOf(c) < 0 ? '?' : c);
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(buffer[i]);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(text.charAt(i));
            }
        }
    }
}
