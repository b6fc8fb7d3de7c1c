// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.examples;

import dev.boostscope.xgboost.data.BundledMnist;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The notebook's "Data preparation": MNIST stored in LIBSVM format, a training and a validation file
 * ({@code load_mnist()}). Here: the 10,000 digits bundled with Boostscope (8,000 to train, 2,000 to validate), written
 * out as plain LIBSVM files; a local folder stands for the notebook's S3 prefix.
 *
 * <p>Thread-safe (stateless).
 */
public final class PrepareData {
    private PrepareData() {
    }

    /**
     * The notebook's {@code train_file, validation_file}.
     *
     * @param train the training file
     * @param validation the validation file
     */
    public record LibsvmFiles(Path train, Path validation) {
        /**
         * Returns the job's input channels, as the notebook's {@code {"train": train_s3_input, "validation":
         * validation_s3_input}}.
         *
         * @return channel name to absolute path, train first
         */
        public Map<String, String> channels() {
            Map<String, String> channels = new LinkedHashMap<>();
            channels.put("train", train.toAbsolutePath().toString());
            channels.put("validation", validation.toAbsolutePath().toString());
            return channels;
        }
    }

    /**
     * Writes the training and validation files into a folder.
     *
     * @param folder where the files go
     * @return the training and the validation file
     * @throws IOException if they cannot be written
     */
    public static LibsvmFiles loadMnist(Path folder) throws IOException {
        // train_file, validation_file = load_mnist()
        Path trainFile = BundledMnist.extract(BundledMnist.Split.TRAIN, folder);
        Path validationFile = BundledMnist.extract(BundledMnist.Split.VALIDATION, folder);
        return new LibsvmFiles(trainFile, validationFile);
    }

    /**
     * Prints where the data is.
     *
     * @param args optional: the folder (default {@code boostscope-output/data})
     * @throws IOException if the files cannot be written
     */
    public static void main(String[] args) throws IOException {
        LibsvmFiles files = loadMnist(Path.of(args.length > 0 ? args[0] : "boostscope-output/data"));
        System.out.println("train: " + files.train());
        System.out.println("validation: " + files.validation());
    }
}
