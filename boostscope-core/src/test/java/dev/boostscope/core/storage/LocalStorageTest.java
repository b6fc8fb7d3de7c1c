// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.core.NoSuchKeyException;
import dev.boostscope.core.StorageException;
import dev.boostscope.testkit.StorageContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class LocalStorageTest extends StorageContract {
    private static final AtomicInteger ROOTS = new AtomicInteger();

    @TempDir
    Path dir;

    @Override
    protected Storage newStorage() {
        return LocalStorage.open(dir.resolve("root-" + ROOTS.incrementAndGet()));
    }

    private LocalStorage local() {
        return (LocalStorage) storage();
    }

    @Test
    void list_tempFileOfUnfinishedPut_isNotListed() throws Exception {
        local().put("index/a.json", utf8("a"));
        Files.write(local().root().resolve("index/b.json." + UUID.randomUUID() + LocalStorage.TEMP_SUFFIX), utf8("b"));

        assertThat(local().list("", null)).containsExactly("index/a.json");
    }

    @Test
    void list_userKeyEndingInTmp_isListed() {
        local().put("notes.tmp", utf8("mine"));

        assertThat(local().list("", null)).containsExactly("notes.tmp");
    }

    @Test
    void put_afterwards_leavesNoTempFiles() throws Exception {
        local().put("index/a.json", utf8("1"));
        local().put("index/a.json", utf8("2"));

        try (var files = Files.list(local().root().resolve("index"))) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("a.json");
        }
    }

    @Test
    void get_whileKeyIsOverwritten_neverSeesPartialContent() throws Exception {
        byte[] small = filled('a', 256 * 1024);
        byte[] large = filled('b', 768 * 1024);
        local().put("events/e", small);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 150; i++) {
                local().put("events/e", i % 2 == 0 ? large : small);
            }
        });
        int reads = 0;
        while (!writer.isDone() || reads < 10) {
            byte[] seen = local().get("events/e");
            assertThat(Arrays.equals(seen, small) || Arrays.equals(seen, large))
                    .as("read %d saw %d bytes that are neither version", reads, seen.length).isTrue();
            reads++;
        }
        writer.get();
    }

    @Test
    void put_keyBelowAnExistingObject_throwsStorageExceptionNamingUri() {
        local().put("a", utf8("file"));

        assertThatThrownBy(() -> local().put("a/b", utf8("x")))
                .isInstanceOf(StorageException.class)
                .hasMessageStartingWith("put of " + local().uriOf("a/b"));
    }

    @Test
    void sync_publishedKey_succeedsAndKeepsContent() {
        local().put("index/a.json", utf8("a"));

        local().sync("index/a.json");

        assertThat(local().get("index/a.json")).isEqualTo(utf8("a"));
    }

    @Test
    void sync_missingKey_throwsNoSuchKey() {
        assertThatThrownBy(() -> local().sync("index/a.json")).isInstanceOf(NoSuchKeyException.class);
    }

    @Test
    void uri_beforeAndAfterFirstPut_isTheSameFolderUri() {
        var before = local().uri();
        local().put("x", utf8("x"));

        assertThat(local().uri()).isEqualTo(before).isEqualTo(local().root().toUri());
    }

    @Test
    void open_fileUri_givesLocalStorageAtThatFolder() {
        try (Storage opened = Storages.open(local().root().toUri())) {
            local().put("x", utf8("x"));

            assertThat(opened).isInstanceOf(LocalStorage.class);
            assertThat(opened.get("x")).isEqualTo(utf8("x"));
        }
    }

    private static byte[] filled(char c, int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) c);
        return bytes;
    }
}
