// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.data;

import dev.boostscope.core.FormatException;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when training data cannot be read as the format it claims to be; names the source, the line, the column and
 * the offending text.
 *
 * <p>The message reads like a compiler's: {@code SOURCE:LINE:COLUMN: PROBLEM: 'TEXT'}; the line and the column are
 * left out where the problem is not tied to one (an empty file, a gzip stream that is cut short). Lines and columns
 * count from 1; a column counts bytes from the start of the line.
 *
 * <p>Immutable.
 */
public final class InputFormatException extends FormatException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final int column;
    private final String text;

    InputFormatException(String source, long line, int column, String problem, String text) {
        super(format(source, line, column, problem, text));
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.column = column;
        this.text = Objects.requireNonNull(text, "text");
    }

    InputFormatException(String source, String problem, Throwable cause) {
        super(format(source, 0, 0, problem, ""), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.line = 0;
        this.column = 0;
        this.text = "";
    }

    /**
     * Returns the file or resource the data came from, as given to the reader.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    /**
     * Returns the 1-based line number of the problem, or 0 where the problem is not tied to a line.
     *
     * @return the line number, or 0
     */
    public long line() {
        return line;
    }

    /**
     * Returns the 1-based byte column of the offending text in its line, or 0 where the problem has no column.
     *
     * @return the column, or 0
     */
    public int column() {
        return column;
    }

    /**
     * Returns the offending text, with control and non-ASCII bytes escaped as {@code \xNN}; empty where there is none.
     *
     * @return the offending text, possibly empty
     */
    public String text() {
        return text;
    }

    private static String format(String source, long line, int column, String problem, String text) {
        StringBuilder message = new StringBuilder(source);
        if (line > 0) {
            message.append(':').append(line);
        }
        if (column > 0) {
            message.append(':').append(column);
        }
        message.append(": ").append(problem);
        if (!text.isEmpty()) {
            message.append(String.format(Locale.ROOT, ": '%s'", text));
        }
        return message.toString();
    }
}
