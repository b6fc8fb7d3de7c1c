// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.data;

import java.util.Locale;

/**
 * Parses LIBSVM lines, {@code LABEL [qid:N] INDEX:VALUE ... [# comment]}, byte by byte.
 *
 * <p>Indices must increase along a line. A {@code nan} value is a missing value and is not stored. With {@link
 * IndexBase#AUTO} the indices are stored as written and shifted once at the end if the file is 1-based.
 *
 * <p>Not thread-safe.
 */
final class LibsvmParser extends LineParser {
    private static final long MAX_INDEX = Integer.MAX_VALUE - 1;
    private static final String INCREASING = "(indices must increase along a line)";

    private final IndexBase base;
    private final int columns;

    LibsvmParser(String source, ReadOptions options) {
        super(source, new CsrBuilder(source));
        this.base = options.indexBase();
        this.columns = options.columns();
    }

    @Override
    void parse(byte[] bytes, int start, int end, long line) {
        int i = skipBlanks(bytes, start, end);
        if (i == end || bytes[i] == '#') {
            return;
        }
        Place place = new Place(source, bytes, start, line);
        int labelEnd = tokenEnd(bytes, i, end);
        rows.startRow(parseLabel(bytes, i, labelEnd, place), line);
        i = skipQid(bytes, skipBlanks(bytes, labelEnd, end), end, place);
        long previous = -1;
        while (i < end && bytes[i] != '#') {
            int tokenEnd = tokenEnd(bytes, i, end);
            previous = feature(bytes, i, tokenEnd, place, previous);
            i = skipBlanks(bytes, tokenEnd, end);
        }
        rows.endRow();
    }

    @Override
    String labelHint() {
        return "label must be a number at the start of the line";
    }

    @Override
    Dataset finish() {
        if (rows.rows() == 0) {
            throw emptyInput();
        }
        boolean oneBased = base == IndexBase.AUTO && rows.minColumn() >= 1 && rows.maxColumn() >= 1;
        if (oneBased) {
            rows.shiftColumnsDown();
        }
        if (columns == 0) {
            return rows.build(rows.maxColumn() + 1);
        }
        int row = rows.firstRowBeyond(columns);
        if (row >= 0) {
            throw new InputFormatException(source, rows.line(row), 0, String.format(Locale.ROOT,
                    "feature index beyond the %d columns set in the read options (indices read as %s)",
                    columns, oneBased ? "1-based" : "0-based"), "");
        }
        return rows.build(columns);
    }

    /** Parses one {@code INDEX:VALUE} token; returns its index as written. */
    private long feature(byte[] bytes, int from, int to, Place place, long previous) {
        int colon = from;
        long index = 0;
        while (colon < to && DecimalParser.isDigit(bytes[colon]) && index <= MAX_INDEX) {
            index = index * 10 + (bytes[colon++] - '0');
        }
        if (index > MAX_INDEX) {
            throw place.error(from, to, "feature index is too large (at most " + MAX_INDEX + ")");
        }
        if (colon == from || colon == to || bytes[colon] != ':') {
            throw place.error(from, to, isQid(bytes, from, to)
                    ? "qid must come right after the label"
                    : "feature must be INDEX:VALUE with a non-negative integer INDEX");
        }
        checkOrder(index, previous, from, to, place);
        float value = parseValue(bytes, colon + 1, to, from, place);
        int column = column(index, from, to, place);
        if (!Float.isNaN(value)) {
            rows.add(column, value);
        }
        return index;
    }

    private static void checkOrder(long index, long previous, int from, int to, Place place) {
        if (index == previous) {
            throw place.error(from, to, "duplicate feature index " + index + " " + INCREASING);
        }
        if (index < previous) {
            throw place.error(from, to, "feature index " + index + " after " + previous + " " + INCREASING);
        }
    }

    private int column(long index, int from, int to, Place place) {
        long column = base == IndexBase.ONE ? index - 1 : index;
        if (column < 0) {
            throw place.error(from, to, "feature index 0 in a file read with 1-based indices");
        }
        if (columns > 0 && base != IndexBase.AUTO && column >= columns) {
            throw place.error(from, to, String.format(Locale.ROOT,
                    "feature index %d is beyond the %d columns set in the read options", index, columns));
        }
        return (int) column;
    }

    private static float parseValue(byte[] bytes, int from, int to, int tokenStart, Place place) {
        float value;
        try {
            value = DecimalParser.parseFloat(bytes, from, to);
        } catch (DecimalParser.MalformedNumberException e) {
            throw place.error(tokenStart, to, "feature value must be a number");
        }
        if (Float.isInfinite(value)) {
            throw place.error(tokenStart, to,
                    "feature value must be finite (write nan, or leave the feature out, for a missing value)");
        }
        return value;
    }

    private static int skipQid(byte[] bytes, int i, int end, Place place) {
        int tokenEnd = tokenEnd(bytes, i, end);
        if (!isQid(bytes, i, tokenEnd)) {
            return i;
        }
        boolean digits = tokenEnd > i + 4;
        for (int k = i + 4; k < tokenEnd; k++) {
            digits &= DecimalParser.isDigit(bytes[k]);
        }
        if (!digits) {
            throw place.error(i, tokenEnd, "qid must be a non-negative integer");
        }
        return skipBlanks(bytes, tokenEnd, end);
    }

    private static boolean isQid(byte[] bytes, int from, int to) {
        return to - from >= 4 && bytes[from] == 'q' && bytes[from + 1] == 'i' && bytes[from + 2] == 'd'
                && bytes[from + 3] == ':';
    }

    private static int tokenEnd(byte[] bytes, int i, int end) {
        while (i < end) {
            byte b = bytes[i];
            if (b == ' ' || b == '\t' || b == '\r' || b == '#') {
                return i;
            }
            i++;
        }
        return end;
    }
}
