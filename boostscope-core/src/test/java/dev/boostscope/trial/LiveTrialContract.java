// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.boostscope.core.Mode;
import dev.boostscope.core.StepNotYetAvailableException;
import dev.boostscope.core.format.TrialWriter;
import dev.boostscope.core.storage.Storage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A trial read while it is written, on any storage: subscriptions, waits, completion with a late worker, the end of the
 * job, and a writer racing several tailing readers. {@link LiveTrialTest} runs it on local and in-memory storage,
 * boostscope-app's {@code S3TrialTest} on S3.
 */
abstract class LiveTrialContract extends StorageContractBase {
    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int WORKERS = 3;
    private static final int READERS = 4;

    /**
     * Returns how many steps the concurrency test writes; slower storages write fewer.
     *
     * @return the step count
     */
    int concurrentSteps() {
        return 150;
    }
    private static final List<String> TENSORS = List.of("train-rmse", "validation-rmse", "train-mae");

    @Test
    void onStep_stepsBeforeAndAfterSubscribing_replayedThenPushedInOrderThenEnd()
            throws Exception {
        Storage storage = newStorage();
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

    @Test
    void onStep_threeWorkersOneLate_stepsDeliveredOnlyWhenTheLateWorkerWrites() {
        Storage storage = newStorage();
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

    @Test
    void waitForSteps_writerInAnotherThread_returnsOnceWritten() throws Exception {
        Storage storage = newStorage();
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
    void waitForSteps_stepNeverComes_timesOutWithStepNotYetAvailableNamingStepWaitAndTrial() {
        Storage storage = newStorage();
        TrialFixtures.writeSteps(TrialFixtures.writers(storage, 1), 0, 2);
        try (Trial trial = Trials.newBuilder(storage).pollInterval(Duration.ofMillis(50)).open()) {
            assertThatThrownBy(() -> trial.waitForSteps(List.of(1, 5), Duration.ofMillis(300)))
                    .isInstanceOf(StepNotYetAvailableException.class)
                    .hasMessage("step 5 not yet written to %s after waiting PT0.3S (last complete step: 1)",
                            storage.uri());
            assertThat(trial.hasPassedStep(5)).isEqualTo(StepState.NOT_YET_AVAILABLE);
            assertThatThrownBy(() -> trial.waitForSteps(List.of(1), Duration.ofMillis(-1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("timeout must not be negative: PT-0.001S");
        }
    }

    @Test
    void onStep_listenerThrows_staysSubscribed() {
        Storage storage = newStorage();
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

    @Test
    void subscriptionClose_afterFirstStep_noMoreDeliveries() throws Exception {
        Storage storage = newStorage();
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

    /**
     * A writer thread saves many steps for three workers (in a rotating order, so that any worker can be last) while
     * several readers tail the trial through subscriptions. Every reader must see every step once, in order, only when
     * all three workers have written it, with the right value from each worker.
     */
    @Test
    void onStep_writerAndFourReaders_everyReaderSeesWholeStepsInOrderWithRightValues()
            throws Exception {
        Storage storage = newStorage();
        List<TrialWriter> writers = TrialFixtures.writers(storage, WORKERS);
        Queue<String> errors = new ConcurrentLinkedQueue<>();
        CountDownLatch ended = new CountDownLatch(READERS);
        List<Trial> trials = new ArrayList<>();
        List<Checker> checkers = new ArrayList<>();
        try {
            for (int i = 0; i < READERS; i++) {
                Trial trial = Trials.newBuilder(storage).allowEmpty(true).open();
                Checker checker = new Checker(errors, ended);
                trial.onStep(checker);
                trials.add(trial);
                checkers.add(checker);
            }
            int steps = concurrentSteps();
            Thread writer = new Thread(() -> write(writers, steps), "test-writer");
            writer.start();
            boolean allEnded = ended.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertThat(allEnded).as("every reader reached the end; steps seen %s, errors %s, writer alive %s",
                    checkers.stream().map(c -> c.count).toList(), errors, writer.isAlive()).isTrue();
            writer.join();
        } finally {
            trials.forEach(Trial::close);
        }
        assertThat(errors).isEmpty();
        checkers.forEach(checker -> assertThat(checker.count).isEqualTo(concurrentSteps()));
    }

    private static void write(List<TrialWriter> writers, int steps) {
        for (int step = 0; step < steps; step++) {
            for (int i = 0; i < WORKERS; i++) {
                TrialFixtures.writeStep(writers.get((step + i) % WORKERS), step, TENSORS);
            }
        }
        writers.get(0).writeEndMarker();
    }

    /** Verifies each delivered step against what the writer wrote. */
    private static final class Checker implements StepListener {
        private final Queue<String> errors;
        private final CountDownLatch ended;
        private int last = -1;
        private volatile int count;

        Checker(Queue<String> errors, CountDownLatch ended) {
            this.errors = errors;
            this.ended = ended;
        }

        @Override
        public void onStep(Trial trial, int step) {
            if (step != last + 1) {
                errors.add("step " + step + " after " + last);
            }
            last = step;
            count++;
            for (String name : TENSORS) {
                Tensor tensor = trial.tensor(name);
                List<String> workers = tensor.workers(step);
                if (workers.size() != WORKERS) {
                    errors.add("partial step " + step + " of " + name + ": " + workers);
                }
                for (int rank = 0; rank < WORKERS; rank++) {
                    double value = tensor.value(step, Mode.GLOBAL, TrialFixtures.worker(rank)).scalarValue();
                    if (value != TrialFixtures.expected(name, step, rank)) {
                        errors.add("wrong value of " + name + " at " + step + " from worker " + rank + ": " + value);
                    }
                }
            }
        }

        @Override
        public void onEnd(Trial trial) {
            ended.countDown();
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
