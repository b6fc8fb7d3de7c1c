// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import dev.boostscope.core.format.CollectionEntry;
import dev.boostscope.core.format.CollectionsFile;
import dev.boostscope.core.format.TensorRecord;
import dev.boostscope.core.format.TrialWriter;
import dev.boostscope.core.storage.LocalStorage;
import dev.boostscope.trial.Trials;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code boostscope watch} on a real trial folder while a writer adds steps, read by the real trial reader. */
final class WatchLiveTrialTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    private static List<TensorRecord> step(int step) {
        float[] predictions = {0, step > 0 ? 1 : 0, 2, step > 1 ? 2 : 0};
        return List.of(
                new TensorRecord("train-mlogloss", NdArray.scalar(1.0 / (step + 1)), step, Mode.GLOBAL, step, 0),
                new TensorRecord("labels", NdArray.ofFloats(new float[] {0, 1, 2, 2}), step, Mode.GLOBAL, step, 0),
                new TensorRecord("predictions", NdArray.ofFloats(predictions), step, Mode.GLOBAL, step, 0));
    }

    @Test
    void watch_stepsLandingWhileWatching_drawsEachThenStopsAtTheEndMarker() throws Exception {
        Path root = folder.resolve("live");
        try (LocalStorage storage = LocalStorage.open(root)) {
            TrialWriter writer = TrialWriter.open(storage, "worker_0");
            writer.writeCollections(new CollectionsFile(Map.of("metrics", new CollectionEntry("metrics",
                    List.of("^[a-z]+-[a-z]+$"), new TreeSet<>(), Map.of(), false)), 1, 1));
            writer.writeStep(step(0));
            Cli cli = new Cli(Trials::open);
            CompletableFuture<Integer> watching =
                    CompletableFuture.supplyAsync(() -> cli.run("watch", root.toString()));
            await().atMost(PATIENCE).until(() -> cli.out().contains("step 0  (training)"));

            writer.writeStep(step(1));
            await().atMost(PATIENCE).until(() -> cli.out().contains("step 1  (training)"));
            writer.writeStep(step(2));
            await().atMost(PATIENCE).until(() -> cli.out().contains("accuracy 100.0%"));
            assertThat(watching).isNotDone();
            writer.writeEndMarker();

            assertThat(watching.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isZero();
            assertThat(cli.out()).containsSubsequence("step 0  (training)", "accuracy 50.0%", "step 1  (training)",
                    "accuracy 75.0%", "step 2", "accuracy 100.0%", "training ended; last step 2\n");
            assertThat(cli.err()).isEmpty();
        }
    }
}
