// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import dev.boostscope.core.storage.Storage;
import dev.boostscope.core.storage.Storages;
import dev.boostscope.jobs.spec.Inputs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Saves the trained model (the Uploading phase) in XGBoost's own UBJSON format, at
 * {@code <S3OutputPath>/<TrainingJobName>/output/model.ubj}, on S3 or a local folder (written to a temporary file and
 * renamed). {@code XGBoost.loadModel} reads it back.
 *
 * <p>Thread-safe.
 */
final class ModelOutput {
    /** The model's file name. */
    static final String MODEL_FILE = "model.ubj";

    private ModelOutput() {
    }

    static String location(String outputPrefix, String jobName) {
        String prefix = outputPrefix.endsWith("/") ? outputPrefix.substring(0, outputPrefix.length() - 1)
                : outputPrefix;
        return prefix + "/" + jobName + "/output/" + MODEL_FILE;
    }

    static String save(byte[] model, String outputPrefix, String jobName) {
        String location = location(outputPrefix, jobName);
        if (Inputs.isRemote(location)) {
            try (Storage storage = Storages.open(Inputs.bucketRoot(location))) {
                storage.put(Inputs.keyPrefix(location), model);
            }
            return location;
        }
        Path file = Inputs.localPath(location);
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(MODEL_FILE + ".tmp");
            Files.write(temp, model);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the model to " + file + ": " + e.getMessage(), e);
        }
        return file.toString();
    }
}
