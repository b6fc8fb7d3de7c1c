// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.demo;

import dev.boostscope.core.storage.Storage;
import dev.boostscope.core.storage.Storages;
import dev.boostscope.xgboost.data.BundledMnist;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The notebook's data preparation: MNIST in LIBSVM, a train and a validation file, uploaded to S3 when asked.
 *
 * @param train the training data
 * @param validation the validation data
 * @param description what the data is, for the output
 */
record DemoInputs(Path train, Path validation, String description) {
    static final Path MNIST_FOLDER = Path.of("boostscope-data", "mnist");
    static final Path FASHION_FOLDER = Path.of("boostscope-data", "fashion-mnist");

    /** Finds the data: the bundled sample, or the full MNIST / Fashion-MNIST the data commands prepared. */
    static DemoInputs find(boolean full, Path dataRoot) throws IOException {
        if (!full) {
            Path folder = Files.createDirectories(dataRoot.resolve("bundled-mnist"));
            return new DemoInputs(BundledMnist.extract(BundledMnist.Split.TRAIN, folder),
                    BundledMnist.extract(BundledMnist.Split.VALIDATION, folder),
                    "the bundled MNIST (8,000 training, 2,000 validation digits)");
        }
        Path mnist = MNIST_FOLDER.resolve("mnist.scale");
        if (Files.isRegularFile(mnist) && Files.isRegularFile(MNIST_FOLDER.resolve("mnist.scale.t"))) {
            return new DemoInputs(mnist, MNIST_FOLDER.resolve("mnist.scale.t"),
                    "the full MNIST (60,000 training, 10,000 validation digits) in " + MNIST_FOLDER);
        }
        Path fashion = FASHION_FOLDER.resolve("fashion-mnist.train.libsvm.gz");
        if (Files.isRegularFile(fashion)) {
            return new DemoInputs(fashion, FASHION_FOLDER.resolve("fashion-mnist.validation.libsvm.gz"),
                    "Fashion-MNIST (60,000 training, 10,000 validation images) in " + FASHION_FOLDER);
        }
        throw new IllegalArgumentException("--full needs the full data set: neither " + mnist + " nor " + fashion
                + " exists; run './boostscope data mnist' (downloads MNIST) or './boostscope data fashion-mnist'"
                + " (converts Fashion-MNIST) first");
    }

    /**
     * Returns the channels as the job reads them: local paths, or, with an S3 prefix, the prefixes
     * {@code PREFIX/train} and {@code PREFIX/validation} the files are uploaded under, as the notebook's
     * {@code upload_to_s3} and {@code s3_input} do.
     */
    Map<String, String> channels(@Nullable URI s3) throws IOException {
        Map<String, String> channels = new LinkedHashMap<>();
        if (s3 == null) {
            channels.put("train", train.toAbsolutePath().toString());
            channels.put("validation", validation.toAbsolutePath().toString());
            return channels;
        }
        try (Storage storage = Storages.open(s3)) {
            channels.put("train", upload(storage, "train", train));
            channels.put("validation", upload(storage, "validation", validation));
        }
        return channels;
    }

    private static String upload(Storage storage, String channel, Path file) throws IOException {
        storage.put(channel + "/" + file.getFileName(), Files.readAllBytes(file));
        return storage.uriOf(channel).toString();
    }
}
