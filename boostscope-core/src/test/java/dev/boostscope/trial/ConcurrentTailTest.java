// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.Mode;
import dev.boostscope.core.format.TrialWriter;
import dev.boostscope.core.storage.Storage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A writer thread saves many steps for three workers (in a rotating order, so that any worker can be last) while
 * several readers tail the trial through subscriptions. Every reader must see every step once, in order, only when all
 * three workers have written it, with the right value from each worker.
 */
final class ConcurrentTailTest {
    private static final int WORKERS = 3;
    private static final int STEPS = 150;
    private static final int READERS = 4;
    private static final List<String> TENSORS = List.of("train-rmse", "validation-rmse", "train-mae");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestStorages.class)
    void onStep_writerAndFourReaders_everyReaderSeesWholeStepsInOrderWithRightValues(TestStorages kind)
            throws Exception {
        Storage storage = kind.create(dir);
        List<TrialWriter> writers = TrialFixtures.writers(storage, WORKERS);
        Queue<String> errors = new ConcurrentLinkedQueue<>();
        CountDownLatch ended = new CountDownLatch(READERS);
        List<Trial> trials = new ArrayList<>();
        List<Checker> checkers = new ArrayList<>();
        try {
            for (int i = 0; i < READERS; i++) {
                Trial trial = Trials.newBuilder(storage).allowEmpty(true).pollInterval(Duration.ofMillis(20)).open();
                Checker checker = new Checker(errors, ended);
                trial.onStep(checker);
                trials.add(trial);
                checkers.add(checker);
            }
            Thread writer = new Thread(() -> write(writers), "test-writer");
            writer.start();
            assertThat(ended.await(120, TimeUnit.SECONDS)).as("every reader reached the end").isTrue();
            writer.join();
        } finally {
            trials.forEach(Trial::close);
        }
        assertThat(errors).isEmpty();
        checkers.forEach(checker -> assertThat(checker.count).isEqualTo(STEPS));
    }

    private static void write(List<TrialWriter> writers) {
        for (int step = 0; step < STEPS; step++) {
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
        private int count;

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
}
