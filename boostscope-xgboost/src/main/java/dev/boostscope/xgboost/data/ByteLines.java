// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines in one reusable buffer, so that parsers read bytes in place with no copies and no
 * strings.
 *
 * <p>After {@link #next()} returns true, the line is {@code buffer()[start(), end())}, without its {@code \n}; a
 * {@code \r} before it is left for the parser, which treats it as a blank. The buffer grows to hold the longest line.
 *
 * <p>Not thread-safe.
 */
final class ByteLines {
    private static final int INITIAL_CAPACITY = 1 << 16;
    private static final int MAX_CAPACITY = Integer.MAX_VALUE - 8;

    private final InputStream in;
    private final String source;
    private byte[] buffer = new byte[INITIAL_CAPACITY];
    private int position;
    private int limit;
    private int scanned;
    private boolean endOfInput;
    private int start;
    private int end;
    private long lineNumber;

    ByteLines(InputStream in, String source) {
        this.in = in;
        this.source = source;
    }

    /**
     * Moves to the next line.
     *
     * @return false at the end of the input
     * @throws IOException if reading fails
     */
    boolean next() throws IOException {
        while (true) {
            int newline = indexOfNewline(scanned, limit);
            if (newline >= 0) {
                return take(newline, newline + 1);
            }
            scanned = limit;
            if (endOfInput) {
                return position < limit && take(limit, limit);
            }
            fill();
        }
    }

    byte[] buffer() {
        return buffer;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    long lineNumber() {
        return lineNumber;
    }

    private boolean take(int lineEnd, int nextPosition) {
        start = position;
        end = lineEnd;
        position = nextPosition;
        scanned = nextPosition;
        lineNumber++;
        return true;
    }

    private int indexOfNewline(int from, int to) {
        byte[] bytes = buffer;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private int grownCapacity(int capacity) {
        if (capacity >= MAX_CAPACITY) {
            throw new InputFormatException(source, lineNumber + 1, 0,
                    "line is longer than " + MAX_CAPACITY + " bytes, the most the reader holds", "");
        }
        return capacity > MAX_CAPACITY / 2 ? MAX_CAPACITY : capacity * 2;
    }

    private void fill() throws IOException {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            scanned -= position;
            position = 0;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, grownCapacity(buffer.length));
        }
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            endOfInput = true;
        } else {
            limit += read;
        }
    }
}
