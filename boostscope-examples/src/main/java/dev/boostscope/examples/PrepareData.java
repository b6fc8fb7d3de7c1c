// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.examples;

import dev.boostscope.xgboost.data.BundledMnist;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The notebook's "Data preparation": MNIST stored in LIBSVM format, a training and a validation file
 * ({@code load_mnist()}). Here: the 10,000 digits bundled with Boostscope, written out as plain LIBSVM.
 *
 * <p>Thread-safe (stateless).
 */
public final class PrepareData {
    private PrepareData() {
    }

    /**
     * Writes the training and validation files into a folder.
     *
     * @param folder where the files go
     * @return the training and the validation file
     * @throws IOException if they cannot be written
     */
    public static Path[] loadMnist(Path folder) throws IOException {
        // train_file, validation_file = load_mnist()
        Path trainFile = BundledMnist.extract(BundledMnist.Split.TRAIN, folder);
        Path validationFile = BundledMnist.extract(BundledMnist.Split.VALIDATION, folder);
        return new Path[] {trainFile, validationFile};
    }

    /**
     * Prints where the data is.
     *
     * @param args optional: the folder (default {@code boostscope-output/data})
     * @throws IOException if the files cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path[] files = loadMnist(Path.of(args.length > 0 ? args[0] : "boostscope-output/data"));
        System.out.println("train: " + files[0]);
        System.out.println("validation: " + files[1]);
    }
}
