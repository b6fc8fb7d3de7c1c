// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.format.TrialLayout;
import dev.boostscope.core.storage.LocalStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local index lister lists what {@code Storage.list} lists, and its folder snapshots never hide a new file. */
final class IndexListerTest {
    @TempDir
    Path dir;

    @Test
    void list_localFolders_sameKeysAsStorageListAfterAnyToken() throws Exception {
        try (LocalStorage storage = LocalStorage.open(dir)) {
            for (int step : new int[] {0, 1, 999, 1000, 1001, 2500, 12_000}) {
                for (String worker : new String[] {"worker_0", "worker_1"}) {
                    storage.put(TrialLayout.indexKey(step, worker), new byte[] {'{', '}'});
                }
            }
            Files.writeString(dir.resolve("index/000000001/000000001002_worker_0.json.tmp"), "partial");
            IndexLister lister = IndexLister.of(storage);
            for (String token : new String[] {null, "index/000000000/000000000001", TrialLayout.indexKey(1, "worker_1"),
                TrialLayout.indexKey(1000, "worker_0"), TrialLayout.indexKey(12_000, "worker_1")}) {
                assertThat(lister.list(token)).as("after %s", token)
                        .isEqualTo(storage.list(TrialLayout.INDEX_PREFIX, token).stream()
                                .filter(key -> !key.endsWith(".tmp")).toList());
            }
        }
    }

    @Test
    void list_folderSnapshotTrusted_newFileStillSeen() throws Exception {
        try (LocalStorage storage = LocalStorage.open(dir)) {
            storage.put(TrialLayout.indexKey(0, "worker_0"), new byte[] {'{', '}'});
            Path folder = dir.resolve("index/000000000");
            Files.setLastModifiedTime(folder, FileTime.from(Instant.now().minusSeconds(60)));
            IndexLister lister = IndexLister.of(storage);
            assertThat(lister.list(null)).hasSize(1);
            assertThat(lister.list(null)).hasSize(1);
            storage.put(TrialLayout.indexKey(1, "worker_0"), new byte[] {'{', '}'});
            assertThat(lister.list(null)).containsExactly(TrialLayout.indexKey(0, "worker_0"),
                    TrialLayout.indexKey(1, "worker_0"));
        }
    }
}
