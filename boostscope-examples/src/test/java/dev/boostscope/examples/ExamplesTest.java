// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.app.demo.NotebookJob;
import dev.boostscope.jobs.JobDescription;
import dev.boostscope.jobs.JobsHome;
import dev.boostscope.jobs.TrainingJob;
import dev.boostscope.jobs.spec.JobSpec;
import dev.boostscope.jobs.state.TrainingJobStatus;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every notebook section's main on the bundled MNIST, the job in its own process through the jobs module, with
 * {@value #ROUNDS} rounds instead of the notebook's 25 ({@code boostscope.examples.rounds}) so that the saved steps
 * are 0, 3 and 6. As in the notebook's kernel, the sections after {@code FitWithoutWaiting} follow its job (named as
 * their second argument): one job for the whole story, a second one for a section started on its own. Each test waits
 * for its job to end, then checks that it completed and left a complete trial whose confusion matrices count every
 * validation row.
 */
@DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
final class ExamplesTest {
    private static final int ROUNDS = 7;
    private static final List<Integer> STEPS = List.of(0, 3, 6);
    private static final int VALIDATION_ROWS = 2000;
    private static final Pattern JOB_NAME = Pattern.compile(
            "(?m)^Training job name: (demo-smdebug-xgboost-classification-\\d{4}(-\\d\\d){5}-\\d{3})$");
    private static final Pattern MATRIX = Pattern.compile(
            "confusion matrix at step (\\d+): rows true, columns predicted; accuracy \\d+\\.\\d%\\R +0 .* 9\\R"
                    + "((?: +\\d\\s+(?:\\d+ +){9}\\d+\\R){10})");

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream original = System.out;

    @TempDir
    Path home;

    @BeforeEach
    void captureOutput() {
        original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        System.setProperty("boostscope.examples.rounds", Integer.toString(ROUNDS));
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
        PrepareData.main(new String[] {home.toString()});

        assertThat(out()).contains("train: " + home.resolve("mnist.train.libsvm"));
        assertThat(home.resolve("mnist.validation.libsvm")).isRegularFile();
    }

    @Test
    void declareEstimator_printsTheNotebooksJobSpec() {
        DeclareEstimator.main(new String[] {home.toString()});

        assertThat(out()).contains("\"max_depth\" : \"5\"", "\"eta\" : \"0.1\"", "\"gamma\" : \"4\"",
                "\"min_child_weight\" : \"6\"", "\"objective\" : \"multi:softmax\"", "\"num_class\" : \"10\"",
                "\"num_round\" : \"" + ROUNDS + "\"", "\"CollectionName\" : \"predictions\"",
                "\"save_interval\" : \"3\"");
    }

    @Test
    void estimator_declaresTheDemosJobWithoutItsRules() {
        Map<String, String> inputs = Map.of("train", "a.libsvm", "validation", "b.libsvm");
        JobsHome jobs = JobsHome.open(home);

        JobSpec example = DeclareEstimator.estimator(jobs, 25).spec(inputs);
        JobSpec demo = NotebookJob.estimator(jobs, 25, null).spec(inputs);

        assertThat(example.rules()).isEmpty();
        assertThat(example).usingRecursiveComparison().ignoringFields("rules").isEqualTo(demo);
    }

    @Test
    void sections_inTheNotebooksOrderOnOneJob_followItFromStartToCompletion() throws Exception {
        String fit = run(FitWithoutWaiting::main, home.toString());
        String name = group(JOB_NAME, fit);
        assertThat(fit).contains("job folder: " + home.resolve(name));

        String poll = run(PollStatus::main, home.toString(), name);
        assertThat(poll).containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d: InProgress, Starting$")
                .containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d: InProgress, Downloading$")
                .containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d: InProgress, Training$");

        String trial = run(CreateTrial::main, home.toString(), name);
        assertThat(trial).contains("trial: " + home.resolve(name).resolve("debug-output"))
                .containsPattern("steps so far: \\[0(, 3)?(, 6)?]")
                .contains("labels", "predictions", "train-mlogloss", "validation-mlogloss");

        String firstStep = run(ConfusionPerStep::main, home.toString(), name);
        assertThat(matrixTotals(firstStep)).containsExactly(Map.entry(0, VALIDATION_ROWS));
        assertThat(firstStep).contains("iteration: 0");

        String live = run(LiveConfusion::main, home.toString(), name);
        assertThat(matrixTotals(live)).containsExactly(Map.entry(0, VALIDATION_ROWS),
                Map.entry(3, VALIDATION_ROWS), Map.entry(6, VALIDATION_ROWS));
        assertThat(live).contains("rendered steps: " + STEPS, "training job " + name + ": Completed, Completed");

        assertCompleteTrial(awaitCompleted(name));
    }

    @Test
    void liveConfusion_withoutAJobName_startsItsOwnJobAndFollowsIt() throws Exception {
        String live = run(LiveConfusion::main, home.toString());

        String name = group(JOB_NAME, live);
        assertThat(live).containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d: InProgress, Training$")
                .contains("rendered steps: " + STEPS, "training job " + name + ": Completed, Completed");
        assertCompleteTrial(awaitCompleted(name));
    }

    /** Runs a main and returns what it printed. */
    private String run(Main main, String... args) throws Exception {
        captured.reset();
        main.run(args);
        return out();
    }

    /** Waits for the job a main left behind, so that it ends before the folder is deleted, and checks it completed. */
    private JobDescription awaitCompleted(String name) {
        TrainingJob job = JobsHome.open(home).job(name);
        JobDescription end = job.waitFor(Duration.ofMinutes(5));
        assertThat(end.trainingJobStatus()).as(job.logs()).isEqualTo(TrainingJobStatus.COMPLETED);
        return end;
    }

    private static void assertCompleteTrial(JobDescription end) {
        try (Trial trial = Trials.open(end.debuggerArtifactsPath())) {
            assertThat(trial.loadedAllSteps()).isTrue();
            assertThat(trial.steps()).isEqualTo(STEPS);
            for (int step : STEPS) {
                assertThat(ConfusionPerStep.confusionMatrix(trial, step).total()).isEqualTo(VALIDATION_ROWS);
            }
        }
    }

    /** Returns each printed matrix's step and the sum of its printed counts, in the order printed. */
    private static List<Map.Entry<Integer, Integer>> matrixTotals(String out) {
        List<Map.Entry<Integer, Integer>> totals = new ArrayList<>();
        Matcher matcher = MATRIX.matcher(out);
        while (matcher.find()) {
            int total = 0;
            for (String row : matcher.group(2).strip().split("\\R")) {
                String[] cells = row.strip().split(" +");
                for (int column = 1; column < cells.length; column++) {
                    total += Integer.parseInt(cells[column]);
                }
            }
            totals.add(Map.entry(Integer.parseInt(matcher.group(1)), total));
        }
        return totals;
    }

    /** An example's {@code main}. */
    @FunctionalInterface
    private interface Main {
        void run(String[] args) throws Exception;
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }
}
