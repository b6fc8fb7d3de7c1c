// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.boostscope.core.Mode;
import dev.boostscope.core.TensorUnavailableException;
import dev.boostscope.core.format.TrialWriter;
import dev.boostscope.core.storage.Storage;
import dev.boostscope.testkit.InMemoryStorage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A trial written by two workers, as a multi-worker job writes it: workers, completion by {@code num_workers}, values
 * per worker, and {@link Trials#workerView} (issue #10).
 */
final class MultiWorkerTrialTest {
    private final Storage storage = InMemoryStorage.create();

    @Test
    void steps_secondWorkerNotWrittenYet_noStepCompleteUntilItWrites() {
        TrialWriter first = TrialWriter.open(storage, "worker_0");
        first.writeCollections(TrialFixtures.collections(2, List.of()));
        TrialFixtures.writeSteps(List.of(first), 0, 3);
        try (Trial trial = Trials.newBuilder(storage).open()) {
            assertThat(trial.workers()).containsExactly("worker_0");
            assertThat(trial.steps()).isEmpty();
            assertThat(trial.hasPassedStep(0)).isEqualTo(StepState.NOT_YET_AVAILABLE);

            TrialWriter second = TrialWriter.open(storage, "worker_1");
            second.writeCollections(TrialFixtures.collections(2, List.of()));
            TrialFixtures.writeSteps(List.of(second), 0, 2);
            trial.refresh();

            assertThat(trial.workers()).containsExactly("worker_0", "worker_1");
            assertThat(trial.steps()).containsExactly(0, 1);
            assertThat(trial.hasPassedStep(2)).isEqualTo(StepState.NOT_YET_AVAILABLE);
            assertThat(trial.tensor("train-rmse").workers(1)).containsExactly("worker_0", "worker_1");
        }
    }

    @Test
    void value_perWorker_readsEachWorkersOwnValue() {
        TrialFixtures.writeSteps(TrialFixtures.writers(storage, 2), 0, 3);
        try (Trial trial = Trials.newBuilder(storage).open()) {
            Tensor tensor = trial.tensor("validation-rmse");
            assertThat(tensor.value(2, Mode.GLOBAL, "worker_1").scalarValue())
                    .isEqualTo(TrialFixtures.expected("validation-rmse", 2, 1));
            assertThat(tensor.value(2).scalarValue()).isEqualTo(TrialFixtures.expected("validation-rmse", 2, 0));
            assertThat(tensor.values("worker_1").get(1).scalarValue())
                    .isEqualTo(TrialFixtures.expected("validation-rmse", 1, 1));
        }
    }

    @Test
    void workerView_secondWorker_valuesAndStepsAreThatWorkers() {
        List<TrialWriter> writers = TrialFixtures.writers(storage, 2);
        TrialFixtures.writeSteps(writers, 0, 3);
        TrialFixtures.writeStep(writers.get(0), 3, List.of("train-rmse", "only-first"));
        TrialFixtures.writeStep(writers.get(1), 3, List.of("train-rmse"));
        try (Trial trial = Trials.newBuilder(storage).open()) {
            Trial second = Trials.workerView(trial, "worker_1");
            Tensor rmse = second.tensor("train-rmse");

            assertThat(rmse.value(1).scalarValue()).isEqualTo(TrialFixtures.expected("train-rmse", 1, 1));
            assertThat(rmse.values()).hasSize(4).allSatisfy((step, value) -> assertThat(value.scalarValue())
                    .isEqualTo(TrialFixtures.expected("train-rmse", step, 1)));
            assertThat(rmse.value(1, Mode.GLOBAL, "worker_0").scalarValue())
                    .isEqualTo(TrialFixtures.expected("train-rmse", 1, 0));
            assertThat(rmse.workers(1)).containsExactly("worker_1");
            assertThat(second.tensor("only-first").steps()).isEmpty();
            assertThat(Trials.workerView(trial, "worker_0").tensor("only-first").steps()).containsExactly(3);
            assertThatThrownBy(() -> second.tensor("only-first").value(3))
                    .isInstanceOf(TensorUnavailableException.class);
            assertThat(second.steps()).isEqualTo(trial.steps());
            assertThat(second.workers()).containsExactly("worker_0", "worker_1");
        }
    }

    @Test
    void workerView_unknownWorker_valueNamesTheKnownWorkers() {
        TrialFixtures.writeSteps(TrialFixtures.writers(storage, 2), 0, 1);
        try (Trial trial = Trials.newBuilder(storage).open()) {
            Trial view = Trials.workerView(trial, "worker_7");
            assertThatThrownBy(() -> view.tensor("train-rmse").value(0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("worker 'worker_7' never wrote %s: known workers [worker_0, worker_1]",
                            storage.uri());
            assertThatThrownBy(() -> Trials.workerView(trial, " ")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("worker must not be blank: ' '");
        }
    }

    @Test
    void workerView_onStepAndClose_listenerGetsTheViewAndTrialStaysOpen() {
        TrialFixtures.writeSteps(TrialFixtures.writers(storage, 2), 0, 2);
        List<Double> seen = new CopyOnWriteArrayList<>();
        try (Trial trial = Trials.newBuilder(storage).open()) {
            Trial view = Trials.workerView(Trials.workerView(trial, "worker_0"), "worker_1");
            try (Subscription ignored = view.onStep((t, step) -> seen.add(t.tensor("train-rmse").value(step)
                    .scalarValue()))) {
                await().until(() -> seen.size() == 2);
            }
            view.close();
            assertThat(seen).containsExactly(TrialFixtures.expected("train-rmse", 0, 1),
                    TrialFixtures.expected("train-rmse", 1, 1));
            assertThat(trial.tensor("train-rmse").values()).hasSize(2);
            assertThat(view).hasToString("Trial[" + storage.uri() + " as worker_1]");
        }
    }
}
