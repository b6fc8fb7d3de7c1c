// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.core.TrialNotFoundException;
import dev.boostscope.core.storage.LocalStorage;
import dev.boostscope.core.storage.Storage;
import dev.boostscope.testkit.InMemoryStorage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trial API contract on a watched local folder and on a polled in-memory store, plus what differs between them. */
final class TrialApiTest {
    @TempDir
    Path dir;

    @Nested
    final class Local extends TrialApiContract {
        @Override
        Storage createStorage(Path tempDir) {
            return LocalStorage.open(tempDir.resolve("trial"));
        }
    }

    @Nested
    final class Polled extends TrialApiContract {
        @Override
        Storage createStorage(Path tempDir) {
            return InMemoryStorage.create(URI.create("memory://bucket/trial/"));
        }
    }

    @Test
    void open_missingFolder_throwsTrialNotFound() {
        Path missing = dir.resolve("nothing-here");
        assertThatThrownBy(() -> Trials.open(missing.toString())).isInstanceOf(TrialNotFoundException.class)
                .hasMessage("no trial at %s/: the folder does not exist", missing.toUri());
        assertThat(missing).doesNotExist();
    }

    @Test
    void open_missingFolder_givesLocationAndReasonApart() {
        Path missing = dir.resolve("nothing-here");
        assertThatThrownBy(() -> Trials.open(missing.toString())).isInstanceOfSatisfying(TrialNotFoundException.class,
                e -> {
                    assertThat(e.reason()).contains("the folder does not exist");
                    assertThat(e.location()).contains(URI.create(missing.toUri() + "/"));
                });
    }

    @Test
    void open_emptyFolder_throwsTrialNotFoundNamingWhatIsMissing() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> Trials.open(empty.toString())).isInstanceOf(TrialNotFoundException.class)
                .hasMessage("no trial at %s: no index files, collections files or end marker there (to follow a job "
                        + "that has not started, open with allowEmpty)", empty.toUri());
    }

    @Test
    void open_missingFolderAllowed_waitsWithoutCreatingIt() {
        Path missing = dir.resolve("later");
        try (Trial trial = Trials.newBuilder(missing.toString()).allowEmpty(true).open()) {
            assertThat(trial.name()).isEqualTo("later");
            assertThat(trial.loadedAllSteps()).isFalse();
            assertThat(missing).doesNotExist();
        }
    }
}
