// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.writer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import dev.boostscope.core.format.CollectionEntry;
import dev.boostscope.core.format.CollectionsFile;
import dev.boostscope.core.format.SaveConfigEntry;
import dev.boostscope.core.format.TensorRecord;
import dev.boostscope.core.format.TrialLayout;
import dev.boostscope.xgboost.capture.CapturedTensor;
import dev.boostscope.xgboost.capture.StepSnapshot;
import dev.boostscope.xgboost.testkit.MemoryStorage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The background writer: ordering, complete collections, the bounded queue, and failure containment. */
final class StepWriterTest {
    private static final Duration LONG = Duration.ofSeconds(30);

    private final MemoryStorage storage = new MemoryStorage();

    private static CollectionsFile template() {
        SaveConfigEntry every = new SaveConfigEntry(1, List.of(), 0, OptionalLong.empty());
        CollectionEntry metrics = new CollectionEntry("metrics", List.of("^[^/]+-[^/]+$"), new TreeSet<>(),
                Map.of(Mode.GLOBAL, every), false);
        return new CollectionsFile(Map.of("metrics", metrics), 1, CollectionsFile.CURRENT_VERSION);
    }

    private static StepSnapshot step(long step, String... names) {
        List<CapturedTensor> tensors = java.util.Arrays.stream(names).map(name -> new CapturedTensor(
                new TensorRecord(name, NdArray.scalar(step), step, Mode.GLOBAL, step, 0), Set.of("metrics")))
                .toList();
        return new StepSnapshot(step, tensors);
    }

    private static WriterPolicy policy(int capacity, Duration offerTimeout, int maxFailures, boolean failFast) {
        return new WriterPolicy(capacity, offerTimeout, 2, Duration.ZERO, maxFailures, failFast);
    }

    @Test
    void submit_newNames_rewriteCollectionsBeforeTheStepAndIndexAfterEvents() {
        StepWriter writer = StepWriter.start(storage, "worker_0", template(), policy(4, LONG, 5, false));
        writer.submit(step(0, "train-rmse"));
        writer.submit(step(1, "train-rmse"));
        writer.submit(step(2, "train-rmse", "valid-rmse"));

        assertThat(writer.finish(LONG)).isTrue();
        assertThat(writer.writeEndMarker()).isTrue();

        String collections = TrialLayout.collectionsKey("worker_0");
        assertThat(storage.puts()).containsExactly(collections, TrialLayout.eventKey(0, "worker_0"),
                TrialLayout.indexKey(0, "worker_0"), TrialLayout.eventKey(1, "worker_0"),
                TrialLayout.indexKey(1, "worker_0"), collections, TrialLayout.eventKey(2, "worker_0"),
                TrialLayout.indexKey(2, "worker_0"), TrialLayout.END_MARKER);
        CollectionsFile written = CollectionsFile.parse(storage.get(collections), collections);
        assertThat(written.collections().get("metrics").tensorNames()).containsExactly("train-rmse", "valid-rmse");
        assertThat(writer.counters().stepsWritten()).isEqualTo(3);
        assertThat(writer.counters().tensorsWritten()).isEqualTo(4);
        assertThat(writer.counters().bytesWritten()).isPositive();
    }

    @Test
    void submit_queueStaysFull_waitsThenDropsTheStepAndCountsIt() throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        storage.beforePut(key -> {
            entered.countDown();
            await(release);
        });
        StepWriter writer = StepWriter.start(storage, "worker_0", template(), policy(1, Duration.ofMillis(20), 5,
                false));
        writer.submit(step(0, "a-b"));
        assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
        writer.submit(step(1, "a-b"));
        writer.submit(step(2, "a-b"));
        release.countDown();

        assertThat(writer.finish(LONG)).isTrue();
        WriterCounters counters = writer.counters();
        assertThat(counters.stepsDropped()).isEqualTo(1);
        assertThat(counters.queueWaits()).isEqualTo(1);
        assertThat(counters.queueWaitTime()).isPositive();
        assertThat(counters.stepsWritten()).isEqualTo(2);
        assertThat(storage.exists(TrialLayout.indexKey(2, "worker_0"))).isFalse();
    }

    @Test
    void write_storageKeepsFailing_disablesAfterTheLimitAndSkipsTheRest() {
        storage.beforePut(key -> {
            throw storage.failure(key);
        });
        StepWriter writer = StepWriter.start(storage, "worker_0", template(), policy(8, LONG, 2, false));
        for (int step = 0; step < 4; step++) {
            writer.submit(step(step, "a-b"));
        }

        writer.finish(LONG);
        WriterCounters counters = writer.counters();
        assertThat(counters.disabled()).isTrue();
        assertThat(counters.failures()).isEqualTo(2);
        assertThat(counters.retries()).isEqualTo(2);
        assertThat(counters.stepsWritten()).isZero();
        assertThat(counters.stepsSkipped()).isEqualTo(3);
        assertThat(writer.fatalFailure()).isEmpty();
    }

    @Test
    void write_failFast_keepsTheFirstFailureWithoutRetrying() {
        storage.beforePut(key -> {
            throw storage.failure(key);
        });
        StepWriter writer = StepWriter.start(storage, "worker_0", template(), policy(8, LONG, 5, true));
        writer.submit(step(0, "a-b"));

        writer.finish(LONG);
        assertThat(writer.fatalFailure()).get().extracting(Throwable::getMessage)
                .isEqualTo("put of memory:/trial/collections/000000000/worker_0_collections.json failed: "
                        + "connection reset");
        assertThat(writer.counters().retries()).isZero();
        assertThat(writer.disabled()).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
