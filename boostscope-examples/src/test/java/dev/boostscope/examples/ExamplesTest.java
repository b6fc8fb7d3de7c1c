// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every notebook section's main on the bundled data with 2 rounds (one saved step, 0). */
final class ExamplesTest {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream original = System.out;

    @TempDir
    Path folder;

    @BeforeEach
    void captureOutput() {
        original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        System.setProperty("boostscope.examples.rounds", "2");
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(original);
        System.clearProperty("boostscope.examples.rounds");
    }

    private String out() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void prepareData_writesTheLibsvmFiles() throws Exception {
        PrepareData.main(new String[] {folder.toString()});

        assertThat(out()).contains("train: " + folder.resolve("mnist.train.libsvm"));
        assertThat(folder.resolve("mnist.validation.libsvm")).isRegularFile();
    }

    @Test
    void declareEstimator_printsTheNotebooksHyperparameters() {
        DeclareEstimator.main(new String[] {folder.toString()});

        assertThat(out()).contains("max_depth=5", "eta=0.1", "gamma=4", "min_child_weight=6",
                "objective=multi:softmax", "num_class=10");
    }

    @Test
    void fitWithoutWaiting_returnsBeforeTheJobEnds() throws Exception {
        FitWithoutWaiting.main(new String[] {folder.toString()});

        assertThat(out()).contains("started; control is back while the job trains: done=false");
        assertSavedStepZero();
    }

    @Test
    void pollStatus_printsUntilTraining() throws Exception {
        PollStatus.main(new String[] {folder.toString()});

        assertThat(out()).containsPattern("\\d\\d:\\d\\d:\\d\\d: (InProgress, Training|Completed, Completed)");
    }

    @Test
    void createTrial_seesTheSavedTensors() throws Exception {
        CreateTrial.main(new String[] {folder.toString()});

        assertThat(out()).contains("steps: [0]").contains("predictions", "labels", "validation-merror");
    }

    @Test
    void confusionPerStep_printsEachStep() throws Exception {
        ConfusionPerStep.main(new String[] {folder.toString()});

        assertThat(out()).contains("iteration: 0");
    }

    @Test
    void liveConfusion_drawsEveryStepAsItLands() throws Exception {
        LiveConfusion.main(new String[] {folder.toString()});

        assertThat(out()).contains("iteration: 0", "rendered steps: [0]");
    }

    private void assertSavedStepZero() {
        try (Trial trial = Trials.open(FitWithoutWaiting.debuggerArtifactsPath(folder))) {
            assertThat(trial.steps()).containsExactly(0);
        }
    }
}
