// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.storage;

import dev.boostscope.testkit.StorageProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

final class LocalStoragePropertiesTest extends StorageProperties {
    private static Path dir;
    private static LocalStorage storage;

    @BeforeContainer
    static void openStorage() throws IOException {
        dir = Files.createTempDirectory("boostscope-local-properties");
        storage = LocalStorage.open(dir);
    }

    @AfterContainer
    static void deleteStorage() throws IOException {
        storage.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Override
    protected Storage storage() {
        return storage;
    }
}
