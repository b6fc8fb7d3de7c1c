// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.storage.Storage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The storage a reader contract runs on: each test gets fresh, empty storage, closed after the test. */
abstract class StorageContractBase {
    @TempDir
    Path dir;

    private final List<Storage> storages = new ArrayList<>();

    /**
     * Creates an empty storage for one test.
     *
     * @param tempDir a folder the test owns
     * @return the storage
     */
    abstract Storage createStorage(Path tempDir);

    final Storage newStorage() {
        Storage storage = createStorage(dir);
        storages.add(storage);
        return storage;
    }

    @AfterEach
    final void closeStorages() {
        storages.forEach(Storage::close);
    }
}
