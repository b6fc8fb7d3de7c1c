// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.app.datasets.TestFiles;
import dev.boostscope.xgboost.data.Dataset;
import dev.boostscope.xgboost.data.DatasetReader;
import dev.boostscope.xgboost.data.ReadOptions;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DataFashionMnistCommandTest {
    @TempDir
    Path idx;

    @TempDir
    Path out;

    private void writeIdx() throws IOException {
        TestFiles.idx(idx.resolve("train-images-idx3-ubyte.gz"), new int[] {3, 2, 2},
                new byte[] {0, 0, 0, (byte) 255, 51, 0, 0, 0, 0, 0, 0, 0});
        TestFiles.idx(idx.resolve("train-labels-idx1-ubyte.gz"), new int[] {3}, new byte[] {9, 0, 3});
        TestFiles.idx(idx.resolve("t10k-images-idx3-ubyte"), new int[] {1, 2, 2}, new byte[] {1, 2, 3, 4});
        TestFiles.idx(idx.resolve("t10k-labels-idx1-ubyte"), new int[] {1}, new byte[] {5});
    }

    @Test
    void dataFashionMnist_tinyIdxFiles_writesLibsvmGzip() throws IOException {
        writeIdx();

        CliRun run = CliRun.of("data", "fashion-mnist", "--idx", idx.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(
                out.resolve("fashion-mnist.train.libsvm.gz") + ": 3 rows, 4 pixels each (from "
                        + idx.resolve("train-images-idx3-ubyte.gz") + ")\n"
                + out.resolve("fashion-mnist.validation.libsvm.gz") + ": 1 rows, 4 pixels each (from "
                        + idx.resolve("t10k-images-idx3-ubyte") + ")\n");
        Dataset train = DatasetReader.read(out.resolve("fashion-mnist.train.libsvm.gz"), ReadOptions.libsvm());
        assertThat(train.labels()).containsExactly(9, 0, 3);
        assertThat(train.rowOffsets()).containsExactly(0, 1, 2, 2);
        assertThat(train.columnIndices()).containsExactly(4, 1);
        assertThat(train.values()).containsExactly(1f, 0.2f);
    }

    @Test
    void dataFashionMnist_missingFile_isAUsageErrorNamingTheDebianPackage() {
        CliRun run = CliRun.of("data", "fashion-mnist", "--idx", idx.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("boostscope: error: --idx folder " + idx + " has neither"
                + " train-images-idx3-ubyte nor train-images-idx3-ubyte.gz (on Debian, apt-get install"
                + " dataset-fashion-mnist puts them in /usr/share/datasets/fashion-mnist)\n");
    }

    @Test
    void dataFashionMnist_labelsInPlaceOfImages_failsNamingTheMagicNumber() throws IOException {
        writeIdx();
        TestFiles.idx(idx.resolve("train-images-idx3-ubyte.gz"), new int[] {3}, new byte[] {1, 2, 3});

        CliRun run = CliRun.of("data", "fashion-mnist", "--idx", idx.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("boostscope: error: " + idx.resolve("train-images-idx3-ubyte.gz")
                + ": not an IDX file of 3-dimensional unsigned bytes: magic number 0x00000801 at byte 0, expected"
                + " 0x00000803\n");
    }
}
