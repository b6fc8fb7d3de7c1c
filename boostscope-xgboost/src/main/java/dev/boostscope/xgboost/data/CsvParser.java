// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.data;

import java.util.Locale;

/**
 * Parses CSV lines as SageMaker's XGBoost reads them: {@code LABEL,F0,F1,...}, no header, no quoting.
 *
 * <p>Field {@code k} (counting features from 0) is column {@code k}. An empty field, or {@code nan}, is a missing value
 * and is not stored; a zero is stored. Every row must have the same number of fields. Blank lines are skipped; there
 * are no comments.
 *
 * <p>Not thread-safe.
 */
final class CsvParser extends LineParser {
    private final int fixedColumns;
    private int expectedColumns = -1;
    private long expectedFromLine;

    CsvParser(String source, ReadOptions options) {
        super(source, new CsrBuilder(source));
        this.fixedColumns = options.columns();
        if (fixedColumns > 0) {
            expectedColumns = fixedColumns;
        }
    }

    @Override
    void parse(byte[] bytes, int start, int end, long line) {
        int i = skipBlanks(bytes, start, end);
        if (i == end) {
            return;
        }
        Place place = new Place(source, bytes, start, line);
        int fieldEnd = indexOfComma(bytes, i, end);
        int labelEnd = trimEnd(bytes, i, fieldEnd);
        if (labelEnd == i) {
            throw place.error(start, end, "label must not be empty (every row needs a label in the first field)");
        }
        rows.startRow(parseLabel(bytes, i, labelEnd, place), line);
        int column = 0;
        for (int comma = fieldEnd; comma < end; column++) {
            int from = skipBlanks(bytes, comma + 1, end);
            comma = indexOfComma(bytes, from, end);
            value(bytes, from, trimEnd(bytes, from, comma), column, place);
        }
        checkWidth(column, start, end, place);
        rows.endRow();
    }

    @Override
    String labelHint() {
        return "label must be a number in the first field (CSV input has no header row)";
    }

    @Override
    Dataset finish() {
        if (rows.rows() == 0) {
            throw emptyInput();
        }
        return rows.build(expectedColumns);
    }

    private void value(byte[] bytes, int from, int to, int column, Place place) {
        if (from == to) {
            return;
        }
        float value;
        try {
            value = DecimalParser.parseFloat(bytes, from, to);
        } catch (DecimalParser.MalformedNumberException e) {
            throw place.error(from, to, "feature value must be a number");
        }
        if (Float.isInfinite(value)) {
            throw place.error(from, to,
                    "feature value must be finite (write nan, or leave the field empty, for a missing value)");
        }
        if (!Float.isNaN(value) && (fixedColumns == 0 || column < fixedColumns)) {
            rows.add(column, value);
        }
    }

    private void checkWidth(int columns, int start, int end, Place place) {
        if (expectedColumns < 0) {
            expectedColumns = columns;
            expectedFromLine = place.line();
        } else if (columns != expectedColumns) {
            String reference = expectedFromLine > 0
                    ? "as on line " + expectedFromLine : "as set in the read options";
            throw place.error(start, end, String.format(Locale.ROOT,
                    "row has %d feature fields, expected %d %s", columns, expectedColumns, reference));
        }
    }

    private static int indexOfComma(byte[] bytes, int i, int end) {
        while (i < end && bytes[i] != ',') {
            i++;
        }
        return i;
    }

    private static int trimEnd(byte[] bytes, int from, int to) {
        while (to > from && isBlank(bytes[to - 1])) {
            to--;
        }
        return to;
    }
}
