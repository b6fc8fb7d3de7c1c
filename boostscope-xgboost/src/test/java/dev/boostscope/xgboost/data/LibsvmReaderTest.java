// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class LibsvmReaderTest {
    private static final String SOURCE = "t.libsvm";

    static Dataset read(String text, ReadOptions options) {
        return read(text.getBytes(StandardCharsets.UTF_8), options);
    }

    static Dataset read(byte[] bytes, ReadOptions options) {
        try {
            return DatasetReader.read(new ByteArrayInputStream(bytes), SOURCE, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Dataset read(String text) {
        return read(text, ReadOptions.libsvm());
    }

    private static void assertError(String text, String message) {
        assertThatThrownBy(() -> read(text)).isInstanceOf(InputFormatException.class).hasMessage(message);
    }

    @Test
    void read_rowsWithIndicesAsWritten_buildsCsr() {
        Dataset data = read("1 0:0.5 3:2\n0 1:-1.25e1\n2\n");

        assertThat(data.rows()).isEqualTo(3);
        assertThat(data.columns()).isEqualTo(4);
        assertThat(data.labels()).containsExactly(1f, 0f, 2f);
        assertThat(data.rowOffsets()).containsExactly(0, 2, 3, 3);
        assertThat(data.columnIndices()).containsExactly(0, 3, 1);
        assertThat(data.values()).containsExactly(0.5f, 2f, -12.5f);
        assertThat(data.source()).isEqualTo(SOURCE);
    }

    @Test
    void read_commentsBlankLinesQidAndCrLf_areSkipped() {
        Dataset data = read("# header comment\r\n\r\n  1 qid:7 2:1 # trailing\r\n\t\n0 qid:7 1:3#tight\n# end");

        assertThat(data).isEqualTo(Dataset.of(new float[] {1, 0}, new long[] {0, 1, 2}, new int[] {2, 1},
                new float[] {1, 3}, 3));
    }

    @Test
    void read_lastLineWithoutNewline_isRead() {
        assertThat(read("1 1:1\n0 2:2").rows()).isEqualTo(2);
    }

    @Test
    void read_nanValue_isMissing() {
        Dataset data = read("1 1:nan 2:5\n");

        assertThat(data.columnIndices()).containsExactly(2);
        assertThat(data.nonMissing()).isEqualTo(1);
    }

    @Test
    void read_oneBased_shiftsColumns() {
        Dataset data = read("1 1:1 3:3\n", ReadOptions.libsvm().withIndexBase(IndexBase.ONE));

        assertThat(data.columns()).isEqualTo(3);
        assertThat(data.columnIndices()).containsExactly(0, 2);
    }

    @Test
    void read_autoOnOneBasedFile_shiftsColumns() {
        Dataset data = read("1 1:1 3:3\n0 2:1\n", ReadOptions.libsvm().withIndexBase(IndexBase.AUTO));

        assertThat(data.columns()).isEqualTo(3);
        assertThat(data.columnIndices()).containsExactly(0, 2, 1);
    }

    @Test
    void read_autoOnZeroBasedFile_keepsColumns() {
        Dataset data = read("1 1:1 3:3\n0 0:1\n", ReadOptions.libsvm().withIndexBase(IndexBase.AUTO));

        assertThat(data.columns()).isEqualTo(4);
        assertThat(data.columnIndices()).containsExactly(1, 3, 0);
    }

    @Test
    void read_fixedColumns_widensNarrowFile() {
        assertThat(read("1 1:1\n", ReadOptions.libsvm().withColumns(10)).columns()).isEqualTo(10);
    }

    @Test
    void read_gzipFile_isDetectedByMagicBytes(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("no-gz-suffix.data");
        Files.write(file, gzip("1 1:1\n0 2:2\n"));

        Dataset data = DatasetReader.read(file, ReadOptions.libsvm());

        assertThat(data.rows()).isEqualTo(2);
        assertThat(data.source()).isEqualTo(file.toString());
    }

    @Test
    void read_lineLongerThanBuffer_isRead() {
        StringBuilder line = new StringBuilder("1");
        for (int i = 0; i < 300_000; i++) {
            line.append(' ').append(i).append(":0.25");
        }
        Dataset data = read(line + "\n0 1:1\n");

        assertThat(data.rows()).isEqualTo(2);
        assertThat(data.nonMissing()).isEqualTo(300_001);
    }

    @Test
    void read_emptyInput_throwsNoDataRows() {
        assertError("", "t.libsvm: no data rows (the input is empty or holds only blank lines and comments)");
    }

    @Test
    void read_onlyCommentsAndBlanks_throwsNoDataRows() {
        assertError("# nothing\n\n   \n", "t.libsvm: no data rows (the input is empty or holds only blank lines and"
                + " comments)");
    }

    @Test
    void read_labelNotANumber_namesLineColumnAndText() {
        assertError("1 1:1\n  abc 1:1\n", "t.libsvm:2:3: label must be a number at the start of the line: 'abc'");
    }

    @Test
    void read_lineWithoutLabel_namesTheFeature() {
        assertError("1:0.5 2:1\n", "t.libsvm:1:1: label must be a number at the start of the line: '1:0.5'");
    }

    @Test
    void read_nanLabel_hasItsOwnMessage() {
        assertError("1 1:1\nNaN 1:1\n", "t.libsvm:2:1: label must not be NaN (every row needs a label): 'NaN'");
    }

    @Test
    void read_infiniteLabel_hasItsOwnMessage() {
        assertError("-inf 1:1\n", "t.libsvm:1:1: label must be a finite number: '-inf'");
    }

    @Test
    void read_featureWithoutColon_namesTheToken() {
        assertError("1 1:1 7\n",
                "t.libsvm:1:7: feature must be INDEX:VALUE with a non-negative integer INDEX: '7'");
    }

    @Test
    void read_negativeIndex_namesTheToken() {
        assertError("1 -1:1\n",
                "t.libsvm:1:3: feature must be INDEX:VALUE with a non-negative integer INDEX: '-1:1'");
    }

    @Test
    void read_badValue_namesTheToken() {
        assertError("1 1:1 2:abc\n", "t.libsvm:1:7: feature value must be a number: '2:abc'");
    }

    @Test
    void read_emptyValue_namesTheToken() {
        assertError("1 2:\n", "t.libsvm:1:3: feature value must be a number: '2:'");
    }

    @Test
    void read_infiniteValue_hasItsOwnMessage() {
        assertError("1 2:1e39\n", "t.libsvm:1:3: feature value must be finite (write nan, or leave the feature out,"
                + " for a missing value): '2:1e39'");
    }

    @Test
    void read_duplicateIndex_hasItsOwnMessage() {
        assertError("1 2:1 5:1 5:2\n",
                "t.libsvm:1:11: duplicate feature index 5 (indices must increase along a line): '5:2'");
    }

    @Test
    void read_decreasingIndex_hasItsOwnMessage() {
        assertError("1 7:1 4:0.2\n",
                "t.libsvm:1:7: feature index 4 after 7 (indices must increase along a line): '4:0.2'");
    }

    @Test
    void read_hugeIndex_hasItsOwnMessage() {
        assertError("1 99999999999:1\n",
                "t.libsvm:1:3: feature index is too large (at most 2147483646): '99999999999:1'");
    }

    @Test
    void read_qidNotAfterLabel_hasItsOwnMessage() {
        assertError("1 2:1 qid:3\n", "t.libsvm:1:7: qid must come right after the label: 'qid:3'");
    }

    @Test
    void read_badQid_hasItsOwnMessage() {
        assertError("1 qid:x 2:1\n", "t.libsvm:1:3: qid must be a non-negative integer: 'qid:x'");
    }

    @Test
    void read_zeroIndexWithOneBase_hasItsOwnMessage() {
        assertThatThrownBy(() -> read("1 0:1\n", ReadOptions.libsvm().withIndexBase(IndexBase.ONE)))
                .hasMessage("t.libsvm:1:3: feature index 0 in a file read with 1-based indices: '0:1'");
    }

    @Test
    void read_indexBeyondFixedColumns_hasItsOwnMessage() {
        assertThatThrownBy(() -> read("1 1:1\n0 4:1\n", ReadOptions.libsvm().withColumns(4)))
                .hasMessage("t.libsvm:2:3: feature index 4 is beyond the 4 columns set in the read options: '4:1'");
    }

    @Test
    void read_indexBeyondFixedColumnsWithAuto_namesTheLine() {
        assertThatThrownBy(() -> read("1 1:1\n0 5:1\n",
                ReadOptions.libsvm().withIndexBase(IndexBase.AUTO).withColumns(4)))
                .hasMessage("t.libsvm:2: feature index beyond the 4 columns set in the read options"
                        + " (indices read as 1-based)");
    }

    @Test
    void read_controlBytes_areEscapedInTheMessage() {
        assertError("1 2:\u0001\\\n", "t.libsvm:1:3: feature value must be a number: '2:\\x01\\x5c'");
    }

    @Test
    void read_longToken_isCutInTheMessage() {
        String token = "1:" + "9".repeat(100) + "x";
        assertThatThrownBy(() -> read("1 " + token + "\n"))
                .hasMessage("t.libsvm:1:3: feature value must be a number: '" + token.substring(0, 60) + "...'");
    }

    @Test
    void read_truncatedGzip_hasItsOwnMessage() {
        byte[] whole = gzip("1 1:1\n".repeat(1000));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> read(cut, ReadOptions.libsvm()))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("t.libsvm: corrupt or truncated gzip data (Unexpected end of ZLIB input stream)");
    }

    @Test
    void inputFormatException_accessors_describeThePlace() {
        InputFormatException e = org.assertj.core.api.Assertions.catchThrowableOfType(InputFormatException.class,
                () -> read("1 1:1\n0 x\n"));

        assertThat(e.source()).isEqualTo(SOURCE);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.text()).isEqualTo("x");
    }

    static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
