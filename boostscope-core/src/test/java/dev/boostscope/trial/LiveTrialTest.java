// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.format.TrialLayout;
import dev.boostscope.core.format.TrialWriter;
import dev.boostscope.core.storage.LocalStorage;
import dev.boostscope.core.storage.Storage;
import dev.boostscope.testkit.InMemoryStorage;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live-reading contract on a watched local folder and a polled in-memory store, plus storage-specific cases. */
final class LiveTrialTest {
    @TempDir
    Path dir;

    @Nested
    final class Local extends LiveTrialContract {
        @Override
        Storage createStorage(Path tempDir) {
            return LocalStorage.open(tempDir.resolve("trial"));
        }
    }

    @Nested
    final class Polled extends LiveTrialContract {
        @Override
        Storage createStorage(Path tempDir) {
            return InMemoryStorage.create(URI.create("memory://bucket/trial/"));
        }
    }

    @Test
    void endMarker_filesLandBetweenListingAndMarkerCheck_finalListingLoadsThemEvenBelowTheToken() {
        Storage memory = InMemoryStorage.create(URI.create("memory://bucket/race/"));
        List<TrialWriter> writers = TrialFixtures.writers(memory, 3);
        TrialFixtures.writeSteps(writers, 0, 1);
        TrialFixtures.writeSteps(writers.subList(0, 2), 1, 2);
        TrialFixtures.writeSteps(writers, 2, 3);
        AtomicBoolean armed = new AtomicBoolean();
        Storage racing = new ForwardingStorage(memory) {
            @Override
            public List<String> list(String prefix, @Nullable String startAfter) {
                List<String> keys = super.list(prefix, startAfter);
                if (prefix.equals(TrialLayout.INDEX_PREFIX) && armed.compareAndSet(true, false)) {
                    TrialFixtures.writeStep(writers.get(2), 1, List.of("late"));
                    TrialFixtures.writeSteps(writers, 3, 4);
                    writers.get(0).writeEndMarker();
                }
                return keys;
            }
        };
        try (StorageTrial trial = (StorageTrial) Trials.newBuilder(racing).pollInterval(Duration.ofHours(1)).open()) {
            assertThat(trial.indexToken()).isEqualTo(TrialLayout.indexKey(2, "worker_2"));
            armed.set(true);
            trial.refresh();
            assertThat(trial.loadedAllSteps()).isTrue();
            assertThat(trial.steps()).containsExactly(0, 1, 2, 3);
            assertThat(trial.tensor("late").workers(1)).containsExactly("worker_2");
        }
    }

    @Test
    void allowEmpty_localFolderCreatedLater_stepsArriveThroughTheWatch() throws Exception {
        Path later = dir.resolve("later");
        LiveTrialContract.Recorder recorder = new LiveTrialContract.Recorder();
        try (Trial trial = Trials.newBuilder(later.toString()).allowEmpty(true).pollInterval(Duration.ofMillis(50))
                .open()) {
            trial.onStep(recorder);
            try (Storage storage = LocalStorage.open(later)) {
                List<TrialWriter> writers = TrialFixtures.writers(storage, 1);
                TrialFixtures.writeSteps(writers, 0, 5);
                writers.get(0).writeEndMarker();
            }
            assertThat(recorder.ended.await(LiveTrialContract.PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(recorder.steps).containsExactly(0, 1, 2, 3, 4);
        }
    }


    @Test
    void listing_missesAFileButReturnsLaterSteps_secondLookBeforeCompletingOverTheGap() {
        Storage memory = InMemoryStorage.create(URI.create("memory://bucket/gap/"));
        List<TrialWriter> writers = TrialFixtures.writers(memory, 2);
        TrialFixtures.writeSteps(writers, 0, 3);
        String missed = TrialLayout.indexKey(1, "worker_1");
        AtomicInteger lists = new AtomicInteger();
        Storage racy = new ForwardingStorage(memory) {
            @Override
            public List<String> list(String prefix, @Nullable String startAfter) {
                List<String> keys = super.list(prefix, startAfter);
                if (prefix.equals(TrialLayout.INDEX_PREFIX) && lists.incrementAndGet() == 1) {
                    return keys.stream().filter(key -> !key.equals(missed)).toList();
                }
                return keys;
            }
        };
        try (Trial trial = Trials.newBuilder(racy).open()) {
            assertThat(lists.get()).isEqualTo(2);
            assertThat(trial.steps()).containsExactly(0, 1, 2);
            assertThat(trial.tensor("train-rmse").workers(1)).containsExactly("worker_0", "worker_1");
        }
    }

    @Test
    void watch_failsOnce_stepsStillArriveAndTheWatchIsRetried() throws Exception {
        AtomicInteger watches = new AtomicInteger();
        Storage local = LocalStorage.open(dir.resolve("flaky-watch"));
        Storage flaky = new ForwardingStorage(local) {
            @Override
            public AutoCloseable watch(String prefix, Runnable onChange) {
                if (watches.incrementAndGet() == 1) {
                    throw new java.io.UncheckedIOException(new java.io.IOException("file vanished during the walk"));
                }
                return super.watch(prefix, onChange);
            }
        };
        List<TrialWriter> writers = TrialFixtures.writers(local, 1);
        TrialFixtures.writeSteps(writers, 0, 1);
        LiveTrialContract.Recorder recorder = new LiveTrialContract.Recorder();
        try (Trial trial = Trials.newBuilder(flaky).pollInterval(Duration.ofMillis(50)).open()) {
            trial.onStep(recorder);
            TrialFixtures.writeSteps(writers, 1, 4);
            writers.get(0).writeEndMarker();
            assertThat(recorder.ended.await(LiveTrialContract.PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(recorder.steps).containsExactly(0, 1, 2, 3);
            assertThat(watches.get()).isGreaterThanOrEqualTo(2);
        } finally {
            local.close();
        }
    }
}
