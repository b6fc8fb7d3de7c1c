// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Write random valid rows as text, read them back: the reader must return exactly those rows. */
final class DatasetReaderPropertyTest {
    /** One row: a label and its stored values by column. */
    record Row(float label, TreeMap<Integer, Float> cells) {
    }

    /** How the text is laid out, none of which may change what is read. */
    record Layout(String separator, String newline, boolean comments, boolean gzip) {
    }

    @Property(tries = 200)
    void read_writtenLibsvm_returnsTheSameRows(@ForAll("rows") List<Row> rows, @ForAll("layouts") Layout layout) {
        StringBuilder text = new StringBuilder(layout.comments() ? "# generated" + layout.newline() : "");
        for (Row row : rows) {
            text.append(Float.toString(row.label()));
            row.cells().forEach((column, value) -> text.append(layout.separator()).append(column).append(':')
                    .append(Float.toString(value)));
            text.append(layout.comments() ? " # row" : "").append(layout.newline());
            text.append(layout.comments() ? layout.newline() : "");
        }

        Dataset read = LibsvmReaderTest.read(bytes(text, layout), ReadOptions.libsvm());

        assertThat(read).isEqualTo(expected(rows, maxColumn(rows) + 1));
    }

    @Property(tries = 200)
    void read_writtenCsv_returnsTheSameRows(@ForAll("rows") List<Row> rows, @ForAll("layouts") Layout layout) {
        int width = maxColumn(rows) + 1;
        StringBuilder text = new StringBuilder();
        for (Row row : rows) {
            text.append(Float.toString(row.label()));
            for (int column = 0; column < width; column++) {
                Float value = row.cells().get(column);
                text.append(',').append(value == null ? "" : Float.toString(value));
            }
            text.append(layout.newline());
        }

        Dataset read = LibsvmReaderTest.read(bytes(text, layout), ReadOptions.csv());

        assertThat(read).isEqualTo(expected(rows, width));
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<Float> finite = Arbitraries.floats().filter(Float::isFinite);
        Arbitrary<TreeMap<Integer, Float>> cells = Arbitraries.maps(Arbitraries.integers().between(0, 60), finite)
                .ofMaxSize(12).map(TreeMap::new);
        return Combinators.combine(finite, cells).as(Row::new).list().ofMinSize(1).ofMaxSize(40);
    }

    @Provide
    Arbitrary<Layout> layouts() {
        return Combinators.combine(Arbitraries.of(" ", "\t", "  ", " \t"), Arbitraries.of("\n", "\r\n"),
                Arbitraries.of(true, false), Arbitraries.of(true, false)).as(Layout::new);
    }

    private static byte[] bytes(StringBuilder text, Layout layout) {
        return layout.gzip() ? LibsvmReaderTest.gzip(text.toString())
                : text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int maxColumn(List<Row> rows) {
        return rows.stream().filter(row -> !row.cells().isEmpty()).mapToInt(row -> row.cells().lastKey()).max()
                .orElse(-1);
    }

    private static Dataset expected(List<Row> rows, int columns) {
        float[] labels = new float[rows.size()];
        long[] offsets = new long[rows.size() + 1];
        List<Integer> indices = new ArrayList<>();
        List<Float> values = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            labels[r] = rows.get(r).label();
            rows.get(r).cells().forEach((column, value) -> {
                indices.add(column);
                values.add(value);
            });
            offsets[r + 1] = indices.size();
        }
        float[] valueArray = new float[values.size()];
        for (int i = 0; i < valueArray.length; i++) {
            valueArray[i] = values.get(i);
        }
        return Dataset.of(labels, offsets, indices.stream().mapToInt(Integer::intValue).toArray(), valueArray,
                columns);
    }
}
