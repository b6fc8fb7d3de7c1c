// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local watch behind {@link LocalStorage#watch}: what it creates, what it survives. */
final class LocalWatcherTest {
    private static final long PATIENCE_SECONDS = 30;

    @TempDir
    Path dir;

    @Test
    void watch_missingRoot_createsNothing() throws Exception {
        Path root = dir.resolve("not-yet");
        try (LocalStorage storage = LocalStorage.open(root);
                AutoCloseable watch = storage.watch("index/", () -> { })) {
            assertThat(root).doesNotExist();
        }
    }

    @Test
    void watch_keyPutInNewSubfolder_callsBack() throws Exception {
        Files.createDirectories(dir.resolve("index"));
        Semaphore changes = new Semaphore(0);
        try (LocalStorage storage = LocalStorage.open(dir);
                AutoCloseable watch = storage.watch("index/", changes::release)) {
            storage.put("index/000000000/000000000001_worker_0.json", bytes("{}"));

            assertThat(changes.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void watch_foldersVanishWhileRegistered_keepsWatching() throws Exception {
        Files.createDirectories(dir.resolve("index"));
        Semaphore changes = new Semaphore(0);
        try (LocalStorage storage = LocalStorage.open(dir);
                AutoCloseable watch = storage.watch("index/", changes::release)) {
            for (int i = 0; i < 200; i++) {
                Path folder = Files.createDirectories(dir.resolve("index/churn-" + i + "/deeper"));
                Files.delete(folder);
                Files.delete(folder.getParent());
            }
            changes.drainPermits();
            storage.put("index/000000000/000000000002_worker_0.json", bytes("{}"));

            assertThat(changes.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS))
                    .as("a change after folders vanished mid-registration is still reported").isTrue();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
