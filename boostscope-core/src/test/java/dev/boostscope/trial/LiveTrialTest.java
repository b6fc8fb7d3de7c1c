// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.boostscope.core.StepNotYetAvailableException;
import dev.boostscope.core.format.TrialLayout;
import dev.boostscope.core.format.TrialWriter;
import dev.boostscope.core.storage.Storage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A trial read while it is written: subscriptions, waits, completion with a late worker, the end of the job. */
final class LiveTrialTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestStorages.class)
    void onStep_stepsBeforeAndAfterSubscribing_replayedThenPushedInOrderThenEnd(TestStorages kind)
            throws Exception {
        Storage storage = kind.create(dir);
        List<TrialWriter> writers = TrialFixtures.writers(storage, 1);
        TrialFixtures.writeSteps(writers, 0, 3);
        Recorder recorder = new Recorder();
        try (Trial trial = Trials.newBuilder(storage).pollInterval(Duration.ofMillis(50)).open()) {
            trial.onStep(recorder);
            TrialFixtures.writeSteps(writers, 3, 6);
            writers.get(0).writeEndMarker();
            assertThat(recorder.ended.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(recorder.steps).containsExactly(0, 1, 2, 3, 4, 5);
            assertThat(trial.loadedAllSteps()).isTrue();
            Recorder late = new Recorder();
            trial.onStep(late);
            assertThat(late.ended.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(late.steps).containsExactly(0, 1, 2, 3, 4, 5);
        }
    }

    @ParameterizedTest
    @EnumSource(TestStorages.class)
    void onStep_threeWorkersOneLate_stepsDeliveredOnlyWhenTheLateWorkerWrites(TestStorages kind) {
        Storage storage = kind.create(dir);
        List<TrialWriter> writers = TrialFixtures.writers(storage, 3);
        TrialFixtures.writeSteps(writers.subList(0, 2), 0, 5);
        TrialFixtures.writeSteps(writers.subList(2, 3), 0, 2);
        Recorder recorder = new Recorder();
        try (Trial trial = Trials.newBuilder(storage).pollInterval(Duration.ofMillis(50)).open()) {
            trial.onStep(recorder);
            await().atMost(PATIENCE).until(() -> recorder.steps.size() == 2);
            assertThat(trial.hasPassedStep(2)).isEqualTo(StepState.NOT_YET_AVAILABLE);
            assertThat(trial.steps()).containsExactly(0, 1);
            TrialFixtures.writeSteps(writers.subList(2, 3), 2, 4);
            await().atMost(PATIENCE).until(() -> recorder.steps.size() == 4);
            assertThat(recorder.steps).containsExactly(0, 1, 2, 3);
            assertThat(trial.hasPassedStep(4)).isEqualTo(StepState.NOT_YET_AVAILABLE);
            assertThat(trial.tensor("train-rmse").workers(3)).containsExactly("worker_0", "worker_1", "worker_2");
        }
    }

    @ParameterizedTest
    @EnumSource(TestStorages.class)
    void waitForSteps_writerInAnotherThread_returnsOnceWritten(TestStorages kind) throws Exception {
        Storage storage = kind.create(dir);
        List<TrialWriter> writers = TrialFixtures.writers(storage, 2);
        try (Trial trial = Trials.newBuilder(storage).pollInterval(Duration.ofMillis(50)).open()) {
            Thread writer = new Thread(() -> TrialFixtures.writeSteps(writers, 0, 10));
            writer.start();
            trial.waitForSteps(List.of(3, 9), PATIENCE);
            assertThat(trial.hasPassedStep(9)).isEqualTo(StepState.AVAILABLE);
            writer.join();
        }
    }

    @Test
    void waitForSteps_stepNeverComes_timesOutWithStepNotYetAvailable() {
        MemoryStorage storage = new MemoryStorage("mem://bucket/wait/");
        TrialFixtures.writeSteps(TrialFixtures.writers(storage, 1), 0, 2);
        try (Trial trial = Trials.newBuilder(storage).open()) {
            assertThatThrownBy(() -> trial.waitForSteps(List.of(1, 5), Duration.ofMillis(20)))
                    .isInstanceOf(StepNotYetAvailableException.class)
                    .hasMessage("step 5 not yet written to mem://bucket/wait/ after waiting PT0.02S "
                            + "(last complete step: 1)");
            assertThatThrownBy(() -> trial.waitForSteps(List.of(1), Duration.ofMillis(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestStorages.class)
    void onStep_listenerThrows_staysSubscribed(TestStorages kind) {
        Storage storage = kind.create(dir);
        TrialFixtures.writeSteps(TrialFixtures.writers(storage, 1), 0, 3);
        List<Integer> seen = new CopyOnWriteArrayList<>();
        try (Trial trial = Trials.newBuilder(storage).open()) {
            trial.onStep((t, step) -> {
                seen.add(step);
                if (step == 1) {
                    throw new IllegalStateException("listener failure on purpose");
                }
            });
            await().atMost(PATIENCE).until(() -> seen.size() == 3);
            assertThat(seen).containsExactly(0, 1, 2);
        }
    }

    @ParameterizedTest
    @EnumSource(TestStorages.class)
    void subscriptionClose_afterFirstStep_noMoreDeliveries(TestStorages kind) throws Exception {
        Storage storage = kind.create(dir);
        List<TrialWriter> writers = TrialFixtures.writers(storage, 1);
        TrialFixtures.writeSteps(writers, 0, 1);
        Recorder closing = new Recorder();
        Recorder other = new Recorder();
        try (Trial trial = Trials.newBuilder(storage).pollInterval(Duration.ofMillis(50)).open()) {
            Subscription subscription = trial.onStep(closing);
            await().atMost(PATIENCE).until(() -> closing.steps.size() == 1);
            subscription.close();
            subscription.close();
            trial.onStep(other);
            TrialFixtures.writeSteps(writers, 1, 3);
            writers.get(0).writeEndMarker();
            assertThat(other.ended.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(closing.steps).containsExactly(0);
            assertThat(closing.ended.getCount()).isEqualTo(1);
        }
    }

    @Test
    void endMarker_filesLandBetweenListingAndMarkerCheck_finalListingLoadsThemEvenBelowTheToken() {
        MemoryStorage memory = new MemoryStorage("mem://bucket/race/");
        List<TrialWriter> writers = TrialFixtures.writers(memory, 3);
        TrialFixtures.writeSteps(writers, 0, 1);
        TrialFixtures.writeSteps(writers.subList(0, 2), 1, 2);
        TrialFixtures.writeSteps(writers, 2, 3);
        AtomicInteger lists = new AtomicInteger();
        Storage racing = new ForwardingStorage(memory) {
            @Override
            public List<String> list(String prefix, @Nullable String startAfter) {
                List<String> keys = super.list(prefix, startAfter);
                if (prefix.equals(TrialLayout.INDEX_PREFIX) && lists.incrementAndGet() == 2) {
                    TrialFixtures.writeStep(writers.get(2), 1, List.of("late"));
                    TrialFixtures.writeSteps(writers, 3, 4);
                    writers.get(0).writeEndMarker();
                }
                return keys;
            }
        };
        try (StorageTrial trial = (StorageTrial) Trials.newBuilder(racing).pollInterval(Duration.ofHours(1)).open()) {
            assertThat(trial.indexToken()).isEqualTo(TrialLayout.indexKey(2, "worker_2"));
            trial.refresh();
            assertThat(trial.loadedAllSteps()).isTrue();
            assertThat(trial.steps()).containsExactly(0, 1, 2, 3);
            assertThat(trial.tensor("late").workers(1)).containsExactly("worker_2");
        }
    }

    @Test
    void allowEmpty_localFolderCreatedLater_stepsArriveThroughTheWatch() throws Exception {
        Path later = dir.resolve("later");
        Recorder recorder = new Recorder();
        try (Trial trial = Trials.newBuilder(later.toString()).allowEmpty(true).pollInterval(Duration.ofMillis(50))
                .open()) {
            trial.onStep(recorder);
            try (Storage storage = dev.boostscope.core.storage.LocalStorage.open(later)) {
                List<TrialWriter> writers = TrialFixtures.writers(storage, 1);
                TrialFixtures.writeSteps(writers, 0, 5);
                writers.get(0).writeEndMarker();
            }
            assertThat(recorder.ended.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(recorder.steps).containsExactly(0, 1, 2, 3, 4);
        }
    }

    /** Records the steps a subscription receives. */
    static final class Recorder implements StepListener {
        final List<Integer> steps = new CopyOnWriteArrayList<>();
        final CountDownLatch ended = new CountDownLatch(1);

        @Override
        public void onStep(Trial trial, int step) {
            steps.add(step);
        }

        @Override
        public void onEnd(Trial trial) {
            ended.countDown();
        }
    }
}
