// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class CsvReaderTest {
    private static Dataset read(String text) {
        return LibsvmReaderTest.read(text, ReadOptions.csv());
    }

    private static void assertError(String text, String message) {
        assertThatThrownBy(() -> read(text)).isInstanceOf(InputFormatException.class).hasMessage(message);
    }

    @Test
    void read_labelFirst_keepsZerosAndSkipsEmptyFields() {
        Dataset data = read("1,0,2.5,\n0, ,-1,3\n");

        assertThat(data.columns()).isEqualTo(3);
        assertThat(data.labels()).containsExactly(1f, 0f);
        assertThat(data.rowOffsets()).containsExactly(0, 2, 4);
        assertThat(data.columnIndices()).containsExactly(0, 1, 1, 2);
        assertThat(data.values()).containsExactly(0f, 2.5f, -1f, 3f);
    }

    @Test
    void read_blankLinesCrLfAndNan_areSkipped() {
        Dataset data = read("\r\n1,nan,2\r\n\r\n0,1,NaN\r\n");

        assertThat(data).isEqualTo(Dataset.of(new float[] {1, 0}, new long[] {0, 1, 2}, new int[] {1, 0},
                new float[] {2, 1}, 2));
    }

    @Test
    void read_labelOnly_hasNoColumns() {
        assertThat(read("3\n4\n").columns()).isZero();
    }

    @Test
    void read_fixedColumns_acceptsThatWidth() {
        Dataset data = LibsvmReaderTest.read("1,2,3\n", ReadOptions.csv().withColumns(2));

        assertThat(data.columns()).isEqualTo(2);
    }

    @Test
    void read_header_saysThereIsNoHeader() {
        assertError("label,f0,f1\n1,2,3\n",
                "t.libsvm:1:1: label must be a number in the first field (CSV input has no header row): 'label'");
    }

    @Test
    void read_emptyLabel_namesTheLine() {
        assertError("1,2\n,3\n",
                "t.libsvm:2:1: label must not be empty (every row needs a label in the first field): ',3'");
    }

    @Test
    void read_nanLabel_hasItsOwnMessage() {
        assertError("nan,1\n", "t.libsvm:1:1: label must not be NaN (every row needs a label): 'nan'");
    }

    @Test
    void read_badValue_namesTheField() {
        assertError("1,2\n0, x7 \n", "t.libsvm:2:4: feature value must be a number: 'x7'");
    }

    @Test
    void read_quotedValue_isNotANumber() {
        assertError("1,\"2\"\n", "t.libsvm:1:3: feature value must be a number: '\"2\"'");
    }

    @Test
    void read_infiniteValue_hasItsOwnMessage() {
        assertError("1,Infinity\n", "t.libsvm:1:3: feature value must be finite (write nan, or leave the field"
                + " empty, for a missing value): 'Infinity'");
    }

    @Test
    void read_rowWithOtherWidth_namesTheFirstRow() {
        assertError("1,2,3\n\n0,1\n", "t.libsvm:3:1: row has 1 feature fields, expected 2 as on line 1: '0,1'");
    }

    @Test
    void read_rowWiderThanOptions_namesTheOptions() {
        assertThatThrownBy(() -> LibsvmReaderTest.read("1,2,3,4\n", ReadOptions.csv().withColumns(2)))
                .hasMessage("t.libsvm:1:1: row has 3 feature fields, expected 2 as set in the read options:"
                        + " '1,2,3,4'");
    }

    @Test
    void read_emptyInput_throwsNoDataRows() {
        assertError("\n\n", "t.libsvm: no data rows (the input is empty or holds only blank lines and comments)");
    }
}
