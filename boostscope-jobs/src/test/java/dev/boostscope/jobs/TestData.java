// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Generates small training files: a binary problem on a few features, so jobs train fast.
 *
 * <p>Thread-safe.
 */
public final class TestData {
    private TestData() {
    }

    /**
     * Writes a LIBSVM file whose label is 1 when the first two features sum over 1.
     *
     * @param file the file
     * @param rows the number of rows
     * @param seed the random seed
     * @return the file
     * @throws IOException if it cannot be written
     */
    public static Path libsvm(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            double[] x = new double[10];
            for (int i = 0; i < x.length; i++) {
                x[i] = random.nextDouble();
            }
            text.append(x[0] + x[1] + random.nextGaussian() * 0.2 > 1 ? 1 : 0);
            for (int i = 0; i < x.length; i++) {
                text.append(String.format(Locale.ROOT, " %d:%.4f", i, x[i]));
            }
            text.append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, text);
    }

    /**
     * Writes a LIBSVM file whose labels are coin flips: nothing to learn, so a deep model memorises the training set
     * and its validation loss climbs (a deliberately overfitting job).
     *
     * @param file the file
     * @param rows the number of rows
     * @param seed the random seed
     * @return the file
     * @throws IOException if it cannot be written
     */
    public static Path randomLabels(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            text.append(random.nextBoolean() ? 1 : 0);
            for (int i = 0; i < 10; i++) {
                text.append(String.format(Locale.ROOT, " %d:%.4f", i, random.nextDouble()));
            }
            text.append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, text);
    }

    /**
     * Writes the same kind of data as CSV, the label first, no header.
     *
     * @param file the file
     * @param rows the number of rows
     * @param seed the random seed
     * @return the file
     * @throws IOException if it cannot be written
     */
    public static Path csv(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            double a = random.nextDouble();
            double b = random.nextDouble();
            text.append(String.format(Locale.ROOT, "%d,%.4f,%.4f,%.4f%n", a + b > 1 ? 1 : 0, a, b,
                    random.nextDouble()));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, text);
    }
}
