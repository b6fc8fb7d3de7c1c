// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.boostscope.core.NdArray;
import dev.boostscope.core.NoMoreDataException;
import dev.boostscope.core.StepNotYetAvailableException;
import dev.boostscope.core.StepUnavailableException;
import dev.boostscope.core.TensorUnavailableException;
import dev.boostscope.trial.StepListener;
import dev.boostscope.trial.StepState;
import dev.boostscope.trial.Subscription;
import dev.boostscope.trial.TensorCollection;
import dev.boostscope.trial.Trial;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

final class FakeTrialTest {

    @Test
    void steps_singleWorker_completeAsAdded() {
        FakeTrial trial = FakeTrial.create();
        trial.addScalars(0, Map.of("train-rmse", 1.0)).addScalars(3, Map.of("train-rmse", 0.5));

        assertThat(trial.steps()).containsExactly(0, 3);
        assertThat(trial.lastCompleteStep()).isEqualTo(OptionalInt.of(3));
        assertThat(trial.workers()).containsExactly("worker_0");
        assertThat(trial.loadedAllSteps()).isFalse();
    }

    @Test
    void steps_twoWorkers_completeWhenBothWroteOrALaterStepIs() {
        FakeTrial trial = FakeTrial.newBuilder().workers("worker_0", "worker_1").build();
        trial.addScalars(0, Map.of("loss", 1.0));
        assertThat(trial.steps()).isEmpty();
        assertThat(trial.hasPassedStep(0)).isEqualTo(StepState.NOT_YET_AVAILABLE);

        trial.addStep(1, "worker_0", Map.of("loss", NdArray.scalar(0.9)));
        trial.addStep(1, "worker_1", Map.of("loss", NdArray.scalar(0.8)));

        assertThat(trial.steps()).containsExactly(0, 1);
        assertThat(trial.tensor("loss").workers(1)).containsExactly("worker_0", "worker_1");
        assertThat(trial.tensor("loss").value(1).scalarValue()).isEqualTo(0.9);
        assertThat(trial.tensor("loss").values("worker_1")).containsOnlyKeys(1);
    }

    @Test
    void finish_incompleteSteps_becomeCompleteAndAllStepsLoaded() {
        FakeTrial trial = FakeTrial.newBuilder().workers("worker_0", "worker_1").build();
        trial.addScalars(4, Map.of("loss", 1.0));

        trial.finish();

        assertThat(trial.steps()).containsExactly(4);
        assertThat(trial.loadedAllSteps()).isTrue();
        assertThat(trial.lastCompleteStep()).isEqualTo(OptionalInt.of(4));
    }

    @Test
    void hasPassedStep_skippedAndFutureSteps_followSmdebugStates() {
        FakeTrial trial = FakeTrial.create();
        trial.addScalars(0, Map.of("loss", 1.0)).addScalars(3, Map.of("loss", 0.5));

        assertThat(trial.hasPassedStep(3)).isEqualTo(StepState.AVAILABLE);
        assertThat(trial.hasPassedStep(1)).isEqualTo(StepState.UNAVAILABLE);
        assertThat(trial.hasPassedStep(4)).isEqualTo(StepState.NOT_YET_AVAILABLE);
        trial.finish();
        assertThat(trial.hasPassedStep(4)).isEqualTo(StepState.UNAVAILABLE);
    }

    @Test
    void value_missingData_throwsWhatTheContractNames() {
        FakeTrial trial = FakeTrial.create();
        trial.addScalars(0, Map.of("loss", 1.0, "other", 2.0)).addScalars(3, Map.of("other", 1.0));
        var loss = trial.tensor("loss");

        assertThatThrownBy(() -> loss.value(3)).isInstanceOf(TensorUnavailableException.class)
                .hasMessage("tensor 'loss' was not saved at step 3 in memory:/fake-trial");
        assertThatThrownBy(() -> loss.value(1)).isInstanceOf(StepUnavailableException.class);
        assertThatThrownBy(() -> loss.value(9)).isInstanceOf(StepNotYetAvailableException.class);
        assertThatThrownBy(() -> trial.tensor("nope")).isInstanceOf(TensorUnavailableException.class);
        trial.finish();
        assertThatThrownBy(() -> loss.value(9)).isInstanceOf(NoMoreDataException.class);
        assertThat(loss.steps()).containsExactly(0);
    }

    @Test
    void tensorNamesInCollection_listedAndRegex_unionSorted() {
        FakeTrial trial = FakeTrial.create();
        trial.addScalars(0, Map.of("train-rmse", 1.0, "validation-rmse", 1.1, "feature_importance/weight/f0", 1.0));
        trial.addCollection(new TensorCollection("metrics", List.of("^[a-zA-z]+-[a-zA-z0-9]+$"), Set.of("extra")));

        assertThat(trial.tensorNamesInCollection("metrics")).containsExactly("extra", "train-rmse", "validation-rmse");
        assertThat(trial.tensorNamesInCollection("unknown")).isEmpty();
        assertThat(trial.tensorNamesMatching("rmse$")).containsExactly("train-rmse", "validation-rmse");
    }

    @Test
    void onStep_synchronous_replaysThenDeliversNewStepsThenEnd() {
        FakeTrial trial = FakeTrial.create();
        trial.addScalars(0, Map.of("loss", 1.0)).addScalars(3, Map.of("loss", 0.9));
        List<String> events = new CopyOnWriteArrayList<>();

        trial.onStep(recorder(events));
        trial.addScalars(6, Map.of("loss", 0.8));
        trial.finish();

        assertThat(events).containsExactly("step 0", "step 3", "step 6", "end");
    }

    @Test
    void onStep_onExecutor_deliversInOrderOffTheCallerThread() {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            FakeTrial trial = FakeTrial.newBuilder().deliveryExecutor(pool).build();
            List<String> events = new CopyOnWriteArrayList<>();
            trial.onStep(recorder(events));
            for (int step = 0; step < 50; step++) {
                trial.addScalars(step, Map.of("loss", 1.0 / (step + 1)));
            }
            trial.finish();

            await().atMost(Duration.ofSeconds(10)).until(() -> events.contains("end"));
            assertThat(events).hasSize(51).startsWith("step 0", "step 1").endsWith("step 49", "end");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onStep_listenerThrows_staysSubscribed() {
        FakeTrial trial = FakeTrial.create();
        List<String> events = new CopyOnWriteArrayList<>();
        trial.onStep((t, step) -> {
            events.add("step " + step);
            throw new IllegalStateException("listener failure on purpose");
        });

        trial.addScalars(0, Map.of("loss", 1.0)).addScalars(1, Map.of("loss", 0.5));

        assertThat(events).containsExactly("step 0", "step 1");
    }

    @Test
    void close_subscription_stopsDeliveries() {
        FakeTrial trial = FakeTrial.create();
        List<String> events = new CopyOnWriteArrayList<>();
        Subscription subscription = trial.onStep(recorder(events));
        trial.addScalars(0, Map.of("loss", 1.0));

        subscription.close();
        subscription.close();
        trial.addScalars(1, Map.of("loss", 0.5));
        trial.finish();

        assertThat(events).containsExactly("step 0");
    }

    @Test
    void waitForSteps_stepAddedByAnotherThread_returns() throws Exception {
        FakeTrial trial = FakeTrial.create();
        Thread writer = new Thread(() -> trial.addScalars(2, Map.of("loss", 1.0)));
        writer.start();

        trial.waitForSteps(List.of(2), Duration.ofSeconds(30));
        writer.join();

        assertThat(trial.steps()).containsExactly(2);
    }

    @Test
    void waitForSteps_skippedOrEnded_throwsUnavailableOrNoMoreData() {
        FakeTrial trial = FakeTrial.create();
        trial.addScalars(0, Map.of("loss", 1.0)).addScalars(3, Map.of("loss", 1.0));

        assertThatThrownBy(() -> trial.waitForSteps(List.of(1), Duration.ZERO))
                .isInstanceOf(StepUnavailableException.class);
        assertThatThrownBy(() -> trial.waitForSteps(List.of(5), Duration.ZERO))
                .isInstanceOf(StepNotYetAvailableException.class);
        trial.finish();
        assertThatThrownBy(() -> trial.waitForSteps(List.of(5), Duration.ZERO))
                .isInstanceOf(NoMoreDataException.class);
    }

    @Test
    void addStep_duplicateOrAfterFinish_throwsIllegalState() {
        FakeTrial trial = FakeTrial.create();
        trial.addScalars(0, Map.of("loss", 1.0));

        assertThatThrownBy(() -> trial.addScalars(0, Map.of("loss", 1.0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("step 0 of worker 'worker_0' already added to trial 'fake-trial'");
        assertThatThrownBy(() -> trial.addStep(1, "worker_9", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("worker must be one of [worker_0]: 'worker_9'");
        trial.finish();
        assertThatThrownBy(() -> trial.addScalars(1, Map.of("loss", 1.0))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void close_trial_queriesThrow() {
        FakeTrial trial = FakeTrial.create();
        trial.close();

        assertThatThrownBy(trial::steps).isInstanceOf(IllegalStateException.class)
                .hasMessage("trial 'fake-trial' is closed");
    }

    private static StepListener recorder(List<String> events) {
        return new StepListener() {
            @Override
            public void onStep(Trial trial, int step) {
                events.add("step " + step);
            }

            @Override
            public void onEnd(Trial trial) {
                events.add("end");
            }
        };
    }
}
