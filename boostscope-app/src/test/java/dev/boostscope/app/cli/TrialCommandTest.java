// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import dev.boostscope.core.format.CollectionEntry;
import dev.boostscope.core.format.CollectionsFile;
import dev.boostscope.core.format.TensorRecord;
import dev.boostscope.core.format.TrialWriter;
import dev.boostscope.core.storage.LocalStorage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * The {@code trial} commands on the golden smdebug trials, asserting whole outputs against golden text
 * ({@code src/test/resources/golden/cli}; regenerate with {@code -Dgolden.update=true} and review the diff). The
 * trial's location is replaced by {@code <trial>} so that outputs do not depend on the checkout's path.
 */
final class TrialCommandTest {
    private static final Path TRIALS = Path.of("../boostscope-core/src/test/resources/golden/trials");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/cli");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "trial-inspect-regression, regression, inspect",
        "trial-inspect-regression-json, regression, inspect --json",
        "trial-inspect-fashion-mnist, fashion-mnist-seed, inspect",
        "trial-value-regression, regression, value TRIAL train-rmse --step 5",
        "trial-value-regression-json, regression, value TRIAL predictions --step 7 --worker worker_0 --json",
        "trial-value-hyperparameter-json, all-collections-multiclass, value TRIAL hyperparameters/objective "
                + "--step 0 --json",
        "trial-value-trees, all-collections-multiclass, value TRIAL trees/Split --step 2",
        "trial-tail-binary-auc, binary-auc, tail",
        "trial-tail-regression-json, regression, tail --json",
    })
    void trialCommand_goldenTrial_printsGoldenOutput(String golden, String trial, String command) throws Exception {
        Result result = run(trial, command);
        assertThat(result.err).isEmpty();
        assertThat(result.code).isZero();
        assertGolden(golden, result.out);
    }

    @Test
    void inspect_everyCollection_listsEveryTensorWithDtypeAndShape() {
        Result result = run("all-collections-multiclass", "inspect");
        assertThat(result.code).isZero();
        assertThat(result.out).contains("tensors      1784\n", "status       all steps loaded (training ended)\n",
                "  full_shap/f0  ", "float32  [2,10,785]  0-4 every 2\n", "  trees/Feature  ",
                "string   [15]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "value TRIAL nope --step 5|1|boostscope: error: tensor 'nope' not found in <trial>/ (6 tensor names known)",
        "value TRIAL train-rmse --step 3|1|boostscope: error: step 3 of 'train-rmse' was not saved in <trial>/ and "
                + "will not be (last complete step: 7)",
        "value TRIAL train-rmse --step 9|1|boostscope: error: step 9 of 'train-rmse' is beyond the end of <trial>/: "
                + "training has ended (last step: 7)",
        "value TRIAL train-rmse --step 5 --worker worker_3|2|boostscope: error: --worker must be one of the workers "
                + "of <trial>/ (worker_0): 'worker_3'",
    })
    void value_unavailable_printsOneErrorLine(String command, int code, String error) {
        Result result = run("regression", command);
        assertThat(result.out).isEmpty();
        assertThat(result.code).isEqualTo(code);
        assertThat(result.err).isEqualTo(error + "\n");
    }

    @Test
    void value_badMode_isUsageError() {
        Result result = run("regression", "value TRIAL train-rmse --step 5 --mode TEST");
        assertThat(result.code).isEqualTo(2);
        assertThat(result.err).startsWith("boostscope: error: Invalid value for option '--mode': mode must be one "
                + "of TRAIN, EVAL, PREDICT, GLOBAL: 'TEST'\nUsage: boostscope trial value ");
    }

    @Test
    void inspect_missingFolder_isUsageErrorNamingTheArgument() {
        Path missing = dir.resolve("missing");
        Result result = execute("trial", "inspect", missing.toString());
        assertThat(result.code).isEqualTo(2);
        assertThat(result.err).isEqualTo("boostscope: error: URI " + missing + ": no trial there (the folder does "
                + "not exist): pass the debugger output folder of a job (its debug-output), an s3:// URI, or run "
                + "./boostscope jobs list\n");
    }

    @Test
    void tail_nothingWritten_waitsThenTimesOut() {
        Path missing = dir.resolve("not-started");
        Result result = execute("trial", "tail", missing.toString(), "--timeout", "100ms");
        assertThat(result.code).isEqualTo(1);
        assertThat(result.err).isEqualTo("boostscope: waiting for a trial at " + missing.toUri() + "/\n"
                + "boostscope: error: training did not end within PT0.1S (live (no step complete yet))\n");
    }

    @Test
    void tail_badTimeout_isUsageError() {
        Result result = run("regression", "tail --timeout soon");
        assertThat(result.code).isEqualTo(2);
        assertThat(result.err).startsWith("boostscope: error: Invalid value for option '--timeout': duration must "
                + "look like 500ms, 30s, 10m, 2h or PT30S: 'soon'\n");
    }

    @Test
    void tail_writerInAnotherThread_printsEveryStepThenTheEnd() throws Exception {
        Path root = dir.resolve("live");
        CompletableFuture<Result> tail = CompletableFuture.supplyAsync(() ->
                execute("trial", "tail", root.toString(), "--timeout", "60s"));
        try (LocalStorage storage = LocalStorage.open(root)) {
            TrialWriter writer = TrialWriter.open(storage, "worker_0");
            writer.writeCollections(new CollectionsFile(Map.of("metrics", new CollectionEntry("metrics",
                    List.of("^[a-z]+-[a-z]+$"), new TreeSet<>(), Map.of(), false)), 1, 1));
            for (int step = 0; step < 5; step++) {
                writer.writeStep(List.of(
                        new TensorRecord("train-rmse", NdArray.scalar(1.0 / (step + 1)), step, Mode.GLOBAL, step, 0),
                        new TensorRecord("predictions", NdArray.ofFloats(new float[3]), step, Mode.GLOBAL, step, 0)));
            }
            writer.writeEndMarker();
        }
        Result result = tail.get();
        assertThat(result.code).isZero();
        assertThat(result.out).isEqualTo("step 0 train-rmse=1.0\nstep 1 train-rmse=0.5\n"
                + "step 2 train-rmse=0.3333333333333333\nstep 3 train-rmse=0.25\nstep 4 train-rmse=0.2\n"
                + "end of training: 5 steps\n");
    }

    @Test
    void inspectValueTail_controlCharactersInNames_printedAsQuestionMarks() throws Exception {
        Path root = dir.resolve("escapes");
        String name = "loss\u001b[2J\u001b[31mred\rover";
        try (LocalStorage storage = LocalStorage.open(root)) {
            TrialWriter writer = TrialWriter.open(storage, "worker_0");
            writer.writeCollections(new CollectionsFile(Map.of("metrics", new CollectionEntry("metrics",
                    List.of(), new TreeSet<>(List.of(name)), Map.of(), false)), 1, 1));
            writer.writeStep(List.of(new TensorRecord(name, NdArray.scalar(0.5), 0, Mode.GLOBAL, 0, 0)));
            writer.writeEndMarker();
        }
        String shown = "loss?[2J?[31mred?over";

        Result inspect = execute("trial", "inspect", root.toString());
        Result value = execute("trial", "value", root.toString(), name, "--step", "0");
        Result tail = execute("trial", "tail", root.toString(), "--timeout", "60s");

        assertThat(List.of(inspect.code, value.code, tail.code)).containsOnly(0);
        assertThat(inspect.out).contains("  " + shown + "  float64").doesNotContain("\u001b", "\r");
        assertThat(value.out).startsWith(shown + " at step 0 from worker_0: ").doesNotContain("\u001b", "\r");
        assertThat(tail.out).isEqualTo("step 0 " + shown + "=0.5\nend of training: 1 steps\n");
        assertThat(execute("trial", "value", root.toString(), name, "--step", "0", "--json").out).contains(
                "\"tensor\" : \"loss\\u001B[2J\\u001B[31mred\\rover\"");
    }

    private Result run(String trial, String command) {
        Path root = TRIALS.resolve(trial).toAbsolutePath().normalize();
        String[] words = command.split(" ");
        String[] args = new String[words.length + (command.contains("TRIAL") ? 1 : 2)];
        args[0] = "trial";
        int at = 1;
        if (!command.contains("TRIAL")) {
            args[at++] = words[0];
            args[at++] = root.toString();
            System.arraycopy(words, 1, args, at, words.length - 1);
        } else {
            for (String word : words) {
                args[at++] = word.equals("TRIAL") ? root.toString() : word;
            }
        }
        Result result = execute(args);
        String uri = root.toUri().toString();
        return new Result(result.code, result.out.replace(uri, "<trial>/").replace("<trial>//", "<trial>/"),
                result.err.replace(uri, "<trial>/").replace("<trial>//", "<trial>/"));
    }

    private static Result execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = BoostscopeCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        return new Result(code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    private static void assertGolden(String name, String actual) throws Exception {
        Path file = GOLDEN.resolve(name + ".v1.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** A command's exit code and outputs. */
    private record Result(int code, String out, String err) {
    }
}
