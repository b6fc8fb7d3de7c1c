// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.storage.LocalStorage;
import dev.boostscope.core.storage.Storage;
import dev.boostscope.testkit.InMemoryStorage;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;

/**
 * The storage requests a trial makes, on a local folder (seen through {@link RecordingStorage}, so listed with
 * {@code Storage.list} rather than the local index lister) and on an in-memory store.
 */
final class StorageRequestsTest {
    @Nested
    final class Local extends StorageRequestsContract {
        @Override
        Storage createStorage(Path tempDir) {
            return LocalStorage.open(tempDir.resolve("trial"));
        }
    }

    @Nested
    final class Polled extends StorageRequestsContract {
        @Override
        Storage createStorage(Path tempDir) {
            return InMemoryStorage.create(URI.create("memory://bucket/trial/"));
        }
    }
}
