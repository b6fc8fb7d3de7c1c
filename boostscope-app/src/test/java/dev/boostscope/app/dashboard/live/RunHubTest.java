// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.boostscope.app.dashboard.runs.RunKind;
import dev.boostscope.app.dashboard.runs.RunRef;
import dev.boostscope.core.TrialNotFoundException;
import dev.boostscope.testkit.FakeTrial;
import dev.boostscope.testkit.ManualClock;
import dev.boostscope.trial.Trial;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class RunHubTest {
    private static final RunRef RUN = new RunRef("run-1", RunKind.TRIAL, "run-1", URI.create("memory:/run-1"), null);
    private static final RunRef JOB = new RunRef("job-1", RunKind.JOB, "job-1", URI.create("memory:/job-1"),
            Path.of("/jobs/job-1"));
    private static final Duration IDLE = Duration.ofSeconds(60);

    private final ManualClock clock = ManualClock.create();
    private final FakeTrial trial = FakeTrial.create();
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicReference<Object> job = new AtomicReference<>("Starting");
    private final Function<URI, Trial> opener = uri -> {
        opened.incrementAndGet();
        return trial;
    };
    private final RunFeed feed = new RunFeed() {
        @Override
        public Object step(Trial t, int step, boolean latest) {
            return Map.of("step", step);
        }

        @Override
        public Optional<Object> job(RunRef run) {
            return run.job().isPresent() ? Optional.of(job.get()) : Optional.empty();
        }
    };
    private final RunHub hub = new RunHub(opener, feed, clock, IDLE);

    @AfterEach
    void close() {
        hub.close();
    }

    @Test
    void use_twice_opensTheTrialOnce() {
        trial.addScalars(0, Map.of("train-rmse", 1.0));

        List<Integer> first = hub.use(RUN, Trial::steps);
        List<Integer> second = hub.use(RUN, Trial::steps);

        assertThat(first).containsExactly(0);
        assertThat(second).containsExactly(0);
        assertThat(opened).hasValue(1);
        assertThat(hub.openRuns()).containsExactly("run-1");
    }

    @Test
    void sweep_unwatchedRunPastIdleTimeout_closesIt() {
        hub.use(RUN, Trial::steps);

        assertThat(hub.sweep()).isZero();
        clock.advance(IDLE);

        assertThat(hub.sweep()).isOne();
        assertThat(hub.openRuns()).isEmpty();
        assertThatThrownBy(trial::steps).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void watch_sendsHelloThenEachNewStep() throws Exception {
        trial.addScalars(0, Map.of("train-rmse", 1.0));
        trial.addScalars(1, Map.of("train-rmse", 0.9));
        Recorder page = new Recorder();

        try (AutoCloseable watch = hub.watch(RUN, page)) {
            trial.addScalars(2, Map.of("train-rmse", 0.8));
            trial.addScalars(3, Map.of("train-rmse", 0.7));

            await().atMost(Duration.ofSeconds(10)).until(() -> page.events.size() >= 3);
            assertThat(page.events).containsExactly("hello " + new OpenRun.Hello("run-1", 1, false),
                    "step {step=2}", "step {step=3}");
        }
    }

    @Test
    void watch_twoPages_shareOneTrialAndBothGetSteps() throws Exception {
        Recorder first = new Recorder();
        Recorder second = new Recorder();

        try (AutoCloseable a = hub.watch(RUN, first); AutoCloseable b = hub.watch(RUN, second)) {
            trial.addScalars(0, Map.of("train-rmse", 1.0));

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> first.events.contains("step {step=0}") && second.events.contains("step {step=0}"));
        }
        assertThat(opened).hasValue(1);
    }

    @Test
    void watch_lastPageLeaves_closesTheRun() throws Exception {
        AutoCloseable watch = hub.watch(RUN, new Recorder());
        assertThat(hub.openRuns()).containsExactly("run-1");

        watch.close();

        assertThat(hub.openRuns()).isEmpty();
        assertThatThrownBy(trial::steps).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void watch_goneWatcher_isDropped() throws Exception {
        Recorder gone = new Recorder();
        gone.alive = false;
        Recorder alive = new Recorder();

        try (AutoCloseable a = hub.watch(RUN, gone); AutoCloseable b = hub.watch(RUN, alive)) {
            trial.addScalars(0, Map.of("train-rmse", 1.0));
            trial.addScalars(1, Map.of("train-rmse", 1.0));

            await().atMost(Duration.ofSeconds(10)).until(() -> alive.events.contains("step {step=1}"));
            assertThat(gone.events).hasSize(1);
        }
    }

    @Test
    void watch_jobStatusChanges_pushesEachChangeOnce() throws Exception {
        Recorder page = new Recorder();

        try (AutoCloseable watch = hub.watch(JOB, page)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> page.events.contains("job Starting"));
            job.set("Training");

            await().atMost(Duration.ofSeconds(10)).until(() -> page.events.contains("job Training"));
            assertThat(page.events.stream().filter(e -> e.startsWith("job"))).containsExactly("job Starting",
                    "job Training");
        }
    }

    @Test
    void watch_trialNotThereYet_opensItOnALaterTick() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        RunHub late = new RunHub(uri -> {
            if (tries.incrementAndGet() < 3) {
                throw new TrialNotFoundException("not yet: " + uri);
            }
            return trial;
        }, feed, clock, IDLE);
        Recorder page = new Recorder();

        try (late; AutoCloseable watch = late.watch(RUN, page)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> tries.get() >= 3);
            trial.addScalars(0, Map.of("train-rmse", 1.0));

            await().atMost(Duration.ofSeconds(10)).until(() -> page.events.contains("step {step=0}"));
            assertThat(page.events.get(0)).isEqualTo("hello " + new OpenRun.Hello("run-1", -1, false));
        }
    }

    @Test
    void watch_trainingEnds_sendsEnd() throws Exception {
        Recorder page = new Recorder();

        try (AutoCloseable watch = hub.watch(RUN, page)) {
            trial.addScalars(0, Map.of("train-rmse", 1.0));
            trial.finish();

            await().atMost(Duration.ofSeconds(10)).until(() -> page.events.contains("end {lastStep=0}"));
        }
    }

    /** A page that records what it is sent. */
    private static final class Recorder implements RunWatcher {
        final List<String> events = new CopyOnWriteArrayList<>();
        volatile boolean alive = true;

        @Override
        public boolean send(String event, Object data) {
            if (!event.equals("ping")) {
                events.add(event + " " + data);
            }
            return alive;
        }
    }
}
