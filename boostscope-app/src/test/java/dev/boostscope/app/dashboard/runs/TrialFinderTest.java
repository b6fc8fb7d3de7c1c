// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.testkit.InMemoryStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TrialFinderTest {
    @TempDir
    Path root;

    @Test
    void inFolder_nestedTrials_foundWithPathsAndEndState() throws Exception {
        Files.createDirectories(root.resolve("exp/a/index/000000000"));
        Files.createDirectories(root.resolve("exp/b/collections/000000000"));
        Files.createFile(root.resolve("exp/b/training_job_end.ts"));
        Files.createDirectories(root.resolve("exp/empty/events"));

        assertThat(TrialFinder.inFolder(root)).extracting(TrialFinder.Found::path, TrialFinder.Found::ended)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("exp/a", false),
                        org.assertj.core.groups.Tuple.tuple("exp/b", true));
    }

    @Test
    void inFolder_rootIsATrial_foundWithEmptyPathAndNothingBelow() throws Exception {
        Files.createDirectories(root.resolve("index/000000000"));
        Files.createDirectories(root.resolve("nested/index"));

        assertThat(TrialFinder.inFolder(root)).extracting(TrialFinder.Found::path).containsExactly("");
    }

    @Test
    void inFolder_symbolicLinkOut_notFollowed(@TempDir Path outside) throws Exception {
        Files.createDirectories(outside.resolve("secret/index"));
        Files.createSymbolicLink(root.resolve("link"), outside.resolve("secret"));

        assertThat(TrialFinder.inFolder(root)).isEmpty();
    }

    @Test
    void inStorage_keys_giveTrialPrefixes() {
        InMemoryStorage storage = InMemoryStorage.create();
        storage.put("team/run-1/index/000000000/000000000000_worker_0.json", new byte[0]);
        storage.put("team/run-1/events/000000000000/000000000000_worker_0.tfevents", new byte[0]);
        storage.put("team/run-2/collections/000000000/worker_0_collections.json", new byte[0]);
        storage.put("team/run-2/training_job_end.ts", new byte[0]);
        storage.put("notes/readme.txt", new byte[0]);

        assertThat(TrialFinder.inStorage(storage))
                .extracting(TrialFinder.Found::path, f -> f.uri().toString(), TrialFinder.Found::ended)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("team/run-1", storage.uri() + "team/run-1/", false),
                        org.assertj.core.groups.Tuple.tuple("team/run-2", storage.uri() + "team/run-2/", true));
    }
}
