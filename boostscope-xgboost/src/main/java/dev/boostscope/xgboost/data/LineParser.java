// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.data;

/**
 * The shared part of the line parsers: where rows go, how blanks are skipped and how an error names its place.
 *
 * <p>Not thread-safe.
 */
abstract class LineParser {
    private static final int MAX_EXCERPT = 60;

    final String source;
    final CsrBuilder rows;

    LineParser(String source, CsrBuilder rows) {
        this.source = source;
        this.rows = rows;
    }

    /**
     * Parses one line, {@code bytes[start, end)} without its newline, adding at most one row.
     *
     * @param bytes the buffer
     * @param start the first byte of the line
     * @param end one past the last byte of the line
     * @param line the 1-based line number
     * @throws InputFormatException if the line is malformed
     */
    abstract void parse(byte[] bytes, int start, int end, long line);

    /**
     * Checks what the whole input must satisfy once every line is parsed, and returns the dataset.
     *
     * @return the dataset
     * @throws InputFormatException if the input as a whole is invalid
     */
    abstract Dataset finish();

    static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r';
    }

    static int skipBlanks(byte[] bytes, int i, int end) {
        while (i < end && isBlank(bytes[i])) {
            i++;
        }
        return i;
    }

    final float parseLabel(byte[] bytes, int from, int to, Place place) {
        float label;
        try {
            label = DecimalParser.parseFloat(bytes, from, to);
        } catch (DecimalParser.MalformedNumberException e) {
            throw place.error(from, to, labelHint());
        }
        if (Float.isNaN(label)) {
            throw place.error(from, to, "label must not be NaN (every row needs a label)");
        }
        if (Float.isInfinite(label)) {
            throw place.error(from, to, "label must be a finite number");
        }
        return label;
    }

    /** Says what a label must look like; CSV adds that there is no header. */
    abstract String labelHint();

    final InputFormatException emptyInput() {
        return new InputFormatException(source, 0, 0,
                "no data rows (the input is empty or holds only blank lines and comments)", "");
    }

    /** Returns {@code bytes[from, to)} as printable ASCII, other bytes as {@code \xNN}, cut to a readable length. */
    static String excerpt(byte[] bytes, int from, int to) {
        StringBuilder text = new StringBuilder();
        int last = Math.min(to, from + MAX_EXCERPT);
        for (int i = from; i < last; i++) {
            int b = bytes[i] & 0xff;
            if (b >= 0x20 && b < 0x7f && b != '\\') {
                text.append((char) b);
            } else {
                text.append(String.format(java.util.Locale.ROOT, "\\x%02x", b));
            }
        }
        return last < to ? text.append("...").toString() : text.toString();
    }

    /**
     * A line being parsed: turns a byte range of it into an error with line and column.
     *
     * @param bytes the buffer
     * @param lineStart the first byte of the line
     * @param line the 1-based line number
     */
    record Place(String source, byte[] bytes, int lineStart, long line) {
        InputFormatException error(int from, int to, String problem) {
            return new InputFormatException(source, line, from - lineStart + 1, problem, excerpt(bytes, from, to));
        }
    }
}
