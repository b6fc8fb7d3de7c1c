// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

final class BundledMnistTest {
    @TempDir
    Path folder;

    @Test
    void read_train_holdsTheStratifiedEightThousand() throws IOException {
        Dataset train = BundledMnist.read(BundledMnist.Split.TRAIN);

        assertThat(train.rows()).isEqualTo(8000);
        assertThat(train.columns()).isEqualTo(BundledMnist.COLUMNS);
        assertThat(classCounts(train)).containsExactly(801, 902, 793, 826, 784, 690, 811, 856, 755, 782);
    }

    @Test
    void read_validation_holdsTwentyPercentOfEachDigit() throws IOException {
        Dataset validation = BundledMnist.read(BundledMnist.Split.VALIDATION);

        assertThat(validation.rows()).isEqualTo(2000);
        assertThat(classCounts(validation)).containsExactly(200, 225, 198, 206, 196, 173, 203, 214, 189, 196);
    }

    @Test
    void read_pixels_areScaledAndOneBased() throws IOException {
        Dataset validation = BundledMnist.read(BundledMnist.Split.VALIDATION);

        float[] values = validation.values();
        assertThat(IntStream.range(0, values.length).filter(i -> !(values[i] > 0 && values[i] <= 1))).isEmpty();
        assertThat(IntStream.of(validation.columnIndices()).min().orElseThrow()).isGreaterThanOrEqualTo(1);
        assertThat(IntStream.of(validation.columnIndices()).max().orElseThrow()).isLessThanOrEqualTo(784);
    }

    @Test
    void extract_writesThePlainFileOnceAndReadsTheSame() throws IOException {
        Path file = BundledMnist.extract(BundledMnist.Split.VALIDATION, folder);
        long modified = Files.getLastModifiedTime(file).toMillis();

        Path again = BundledMnist.extract(BundledMnist.Split.VALIDATION, folder);

        assertThat(again).isEqualTo(folder.resolve("mnist.validation.libsvm"));
        assertThat(Files.getLastModifiedTime(again).toMillis()).isEqualTo(modified);
        assertThat(DatasetReader.read(file, ReadOptions.libsvm().withColumns(BundledMnist.COLUMNS)))
                .isEqualTo(BundledMnist.read(BundledMnist.Split.VALIDATION));
        assertThat(folder).isDirectoryNotContaining(path -> path.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    @DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
    void extract_plainFile_loadsInXgboostsOwnLoader() throws IOException, XGBoostError {
        Path file = BundledMnist.extract(BundledMnist.Split.VALIDATION, folder);

        DMatrix matrix = new DMatrix(file + "?format=libsvm");
        try {
            assertThat(matrix.rowNum()).isEqualTo(2000);
            assertThat(matrix.nonMissingNum()).isEqualTo(BundledMnist.read(BundledMnist.Split.VALIDATION)
                    .nonMissing());
        } finally {
            matrix.dispose();
        }
    }

    private static int[] classCounts(Dataset data) {
        int[] counts = new int[BundledMnist.NUM_CLASS];
        for (float label : data.labels()) {
            counts[(int) label]++;
        }
        return counts;
    }
}
