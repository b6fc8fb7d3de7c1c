// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.boostscope.app.view.extract.TrialFixtures;
import dev.boostscope.core.NdArray;
import dev.boostscope.testkit.FakeTrial;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

final class WatchCommandTest {

    private static void addStep(FakeTrial trial, int step) {
        trial.addStep(step, Map.of("train-rmse", NdArray.scalar(1.0 / (step + 1)),
                "labels", NdArray.ofFloats(new float[] {0, 1, 1}),
                "predictions", NdArray.ofFloats(new float[] {0, step > 0 ? 1 : 0, 1})));
    }

    @Test
    void watch_finishedTrial_drawsTheLastStepOnceThenEnds() {
        Cli cli = Cli.with(TrialFixtures.multiclass("mnist"));

        int code = cli.run("watch", "runs/mnist");

        assertThat(code).isZero();
        assertThat(cli.out()).startsWith("boostscope watch  mnist  step 4  (training ended)\n")
                .contains("confusion matrix at step 4: rows true, columns predicted; accuracy 100.0%")
                .endsWith("\ntraining ended; last step 4\n");
        assertThat(cli.out()).doesNotContain("step 0  ", "step 2  ");
    }

    @Test
    void watch_runningTrial_redrawsAsEachStepLands() throws Exception {
        FakeTrial trial = FakeTrial.newBuilder().name("live").build();
        addStep(trial, 0);
        Cli cli = Cli.with(trial);
        CompletableFuture<Integer> watching = CompletableFuture.supplyAsync(() -> cli.run("watch", "live"));
        await().atMost(Duration.ofSeconds(20)).until(() -> cli.out().contains("step 0  (training)"));

        addStep(trial, 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> cli.out().contains("step 1  (training)"));
        assertThat(watching).isNotDone();
        trial.finish();

        assertThat(watching.get(20, TimeUnit.SECONDS)).isZero();
        assertThat(cli.out()).containsSubsequence("step 0  (training)", "accuracy 66.7%", "step 1  (training)",
                "accuracy 100.0%", "training ended; last step 1");
    }

    @Test
    void watch_plainOutput_hasNoEscapes() {
        Cli cli = Cli.with(TrialFixtures.multiclass("mnist"));

        cli.run("watch", "--no-color", "m");

        assertThat(cli.out()).doesNotContain("\u001b");
    }

    @Test
    void watch_trialWithoutSteps_saysSo() {
        FakeTrial trial = FakeTrial.create();
        trial.finish();
        Cli cli = Cli.with(trial);

        assertThat(cli.run("watch", "t")).isZero();
        assertThat(cli.out()).isEqualTo("training ended without a complete step\n");
    }
}
