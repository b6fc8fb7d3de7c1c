// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.NdArray;
import dev.boostscope.testkit.FakeTrial;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code boostscope rules ...} in process and asserts the exit code and the whole output. */
final class RulesCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final CommandLine cli = BoostscopeCommand.newCommandLine();
    private final FakeTrial trial = FakeTrial.newBuilder().name("run-7").uri(URI.create("file:/data/run-7")).build();

    @TempDir
    Path dir;

    RulesCommandTest() {
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        RulesRunCommand run = cli.getSubcommands().get("rules").getSubcommands().get("run").getCommand();
        run.trialOpener = location -> {
            assertThat(location).isEqualTo("file:/data/run-7");
            return trial;
        };
    }

    /** The 2019 smdebug data: one loss saved every 4 steps. */
    private void addLosses(double... values) {
        for (int i = 0; i < values.length; i++) {
            trial.addScalars(4 * i, Map.of("loss", values[i]));
        }
        trial.finish();
    }

    @Test
    void list_text_printsEveryRuleWithParametersAndDefaults() {
        int code = cli.execute("rules", "list");

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        GoldenFiles.assertMatches(out.toString(), "rules-list.v1.txt");
    }

    @Test
    void list_json_printsTheCatalogueAsJson() {
        int code = cli.execute("rules", "list", "--json");

        assertThat(code).isZero();
        GoldenFiles.assertMatches(out.toString(), "rules-list.v1.json");
    }

    @Test
    void run_ruleFires_printsFindingsAndExitsThree() {
        addLosses(0.3, 0.33, 0.31, 0.30, 0.28, 0.2, 0.42);

        int code = cli.execute("rules", "run", "--trial", "file:/data/run-7", "--rule", "LossNotDecreasing",
                "--param", "tensor_regex=^loss$", "--param", "diff_percent=0",
                "--param", "increase_threshold_percent=20");

        assertThat(code).isEqualTo(BoostscopeCommand.EXIT_RULE_FIRED);
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).isEqualTo(String.join(System.lineSeparator(),
                "rule: LossNotDecreasing",
                "trial: file:/data/run-7",
                "steps: 7 evaluated, 0 skipped",
                "status: IssuesFound",
                "findings: 1",
                "  step 24  loss  value 40  threshold 20",
                "    loss 'loss' rose to 0.42 at step 24, 40% above its lowest compared value 0.3, more than "
                        + "increase_threshold_percent 20%",
                ""));
    }

    @Test
    void run_noIssue_printsStatusAndExitsZero() {
        addLosses(0.5, 0.4, 0.3, 0.2, 0.1);

        int code = cli.execute("rules", "run", "--trial", "file:/data/run-7", "--rule", "LossNotDecreasing",
                "--param", "tensor_regex=loss", "--start-step", "4");

        assertThat(code).isZero();
        assertThat(out.toString()).isEqualTo(String.join(System.lineSeparator(),
                "rule: LossNotDecreasing",
                "trial: file:/data/run-7",
                "steps: 4 evaluated, 0 skipped",
                "status: NoIssuesFound",
                ""));
    }

    @Test
    void run_twoWorkersIssueOnlyInWorker1_silentByDefaultAndAllNamesWorker1() {
        RulesRunCommand run = cli.getSubcommands().get("rules").getSubcommands().get("run").getCommand();
        run.trialOpener = location -> twoWorkersOverfitInWorker1();

        int silent = cli.execute("rules", "run", "--trial", "file:/data/run-8", "--rule", "Overfit");
        String quiet = out.toString();
        out.getBuffer().setLength(0);
        int fired = cli.execute("rules", "run", "--trial", "file:/data/run-8", "--rule", "Overfit", "--worker", "all");

        assertThat(silent).isZero();
        assertThat(quiet).contains("status: NoIssuesFound");
        assertThat(fired).isEqualTo(BoostscopeCommand.EXIT_RULE_FIRED);
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).isEqualTo(String.join(System.lineSeparator(),
                "rule: Overfit",
                "trial: file:/data/run-8",
                "worker: all",
                "steps: 2 evaluated, 0 skipped",
                "status: IssuesFound",
                "findings: 1",
                "  step 1  validation-logloss  value 0.25  threshold 0.1",
                "    worker_1: validation-logloss 0.5 vs train-logloss 0.4 at step 1: (validation - train) / train "
                        + "= 0.25, above ratio_threshold 0.1 for 1 step(s)",
                ""));
    }

    @Test
    void run_workerOptionAndParameter_exitsTwo() {
        int code = cli.execute("rules", "run", "--trial", "file:/data/run-7", "--rule", "Overfit", "--worker", "all",
                "--param", "worker=worker_1");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("boostscope: error: --worker must name a worker (or all), and not "
                + "together with --param worker: 'all'");
    }

    /** A finished trial of two workers: worker_0's validation loss tracks training, worker_1's pulls away. */
    private static FakeTrial twoWorkersOverfitInWorker1() {
        FakeTrial two = FakeTrial.newBuilder().name("run-8").uri(URI.create("file:/data/run-8"))
                .workers("worker_0", "worker_1").build();
        double[] train = {0.6, 0.4};
        double[][] validation = {{0.62, 0.41}, {0.62, 0.5}};
        for (int step = 0; step < train.length; step++) {
            for (int rank = 0; rank < 2; rank++) {
                two.addStep(step, "worker_" + rank, Map.of("train-logloss", NdArray.scalar(train[step]),
                        "validation-logloss", NdArray.scalar(validation[rank][step])));
            }
        }
        two.finish();
        return two;
    }

    @Test
    void run_json_printsTheReport() {
        addLosses(0.3, 0.33, 0.31, 0.30, 0.28);

        int code = cli.execute("rules", "run", "--trial", "file:/data/run-7", "--rule", "LossNotDecreasing",
                "--param", "tensor_regex=loss", "--end-step", "17", "--json");

        assertThat(code).isEqualTo(3);
        GoldenFiles.assertMatches(out.toString(), "rules-run-loss.v1.json");
    }

    @Test
    void run_goldenSmdebugTrial_readsItThroughTrialsOpenAndFires() {
        Path golden = Path.of("../boostscope-core/src/test/resources/golden/trials/fashion-mnist-seed").toAbsolutePath()
                .normalize();
        CommandLine plain = BoostscopeCommand.newCommandLine();
        plain.setOut(new PrintWriter(out));
        plain.setErr(new PrintWriter(err));

        int code = plain.execute("rules", "run", "--trial", golden.toString(), "--rule", "Overfit");

        assertThat(code).isEqualTo(BoostscopeCommand.EXIT_RULE_FIRED);
        assertThat(err.toString()).isEmpty();
        String text = out.toString().replace(golden.toUri().toString(), "file:///GOLDEN/fashion-mnist-seed/");
        GoldenFiles.assertMatches(text, "rules-run-overfit-fashion-mnist.v1.txt");
    }

    @Test
    void run_unknownRule_exitsTwoNamingIt() {
        int code = cli.execute("rules", "run", "--trial", "file:/data/run-7", "--rule", "Overfitt");

        assertThat(code).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("boostscope: error: unknown rule 'Overfitt' (built-in rules: AllZero, "
                + "ClassImbalance, Confusion, FeatureImportanceOverweight, LossNotDecreasing, Overfit, Overtraining, "
                + "SimilarAcrossRuns, StalledTrainingRule, TensorVariance, TreeDepth, UnchangedTensor; a user rule "
                + "needs a jar)" + System.lineSeparator());
    }

    @Test
    void run_badParameter_exitsTwoNamingParameterAndValue() {
        int code = cli.execute("rules", "run", "--trial", "file:/data/run-7", "--rule", "Overfit",
                "--param", "patience=soon");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("boostscope: error: parameter 'patience' of rule Overfit must be an "
                + "integer of at least 1: 'soon'" + System.lineSeparator());
    }

    @Test
    void run_jarWithoutClass_exitsTwoWithUsage() {
        int code = cli.execute("rules", "run", "--trial", "file:/data/run-7", "--jar", "rules.jar");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("boostscope: error: --jar and --class go together"
                + System.lineSeparator() + "Usage: boostscope rules run ");
    }

    @Test
    void run_missingJar_exitsTwoNamingTheOption() {
        int code = cli.execute("rules", "run", "--trial", "file:/data/run-7", "--jar", "none.jar", "--class", "X");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("boostscope: error: --jar must be an existing jar file: 'none.jar'"
                + System.lineSeparator() + "Usage: boostscope rules run ");
    }

    @Test
    void run_userRuleFromJar_evaluatesIt() throws IOException {
        trial.addStep(0, Map.of("predictions", NdArray.ofFloats(new float[] {0, 0, 0}))).finish();
        Path jar = compileRule();

        int code = cli.execute("rules", "run", "--trial", "file:/data/run-7", "--jar", jar.toString(),
                "--class", "com.example.Always", "--param", "label=zero predictions");

        assertThat(code).isEqualTo(3);
        assertThat(out.toString()).isEqualTo(String.join(System.lineSeparator(),
                "rule: com.example.Always",
                "trial: file:/data/run-7",
                "steps: 1 evaluated, 0 skipped",
                "status: IssuesFound",
                "findings: 1",
                "  step 0  -  value 1  threshold 0",
                "    zero predictions",
                ""));
    }

    private Path compileRule() throws IOException {
        Path source = Files.createDirectories(dir.resolve("src/com/example")).resolve("Always.java");
        Files.writeString(source, "package com.example;\n"
                + "import dev.boostscope.rules.*;\n"
                + "import java.util.Map;\n"
                + "public final class Always implements Rule {\n"
                + "    private final String label;\n"
                + "    public Always(Map<String, String> parameters) { label = parameters.get(\"label\"); }\n"
                + "    public RuleRequirements requirements() { return RuleRequirements.none(); }\n"
                + "    public RuleResult evaluate(RuleContext context, int step) {\n"
                + "        return RuleResult.fired(new Finding(\"\", 1, 0, step, label));\n"
                + "    }\n"
                + "}\n");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, diagnostics, diagnostics, "-classpath",
                classpathOf(dev.boostscope.rules.Rule.class, dev.boostscope.trial.Trial.class,
                        org.jspecify.annotations.NullMarked.class), "-d", classes.toString(), source.toString());
        assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
        Path jar = dir.resolve("always.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(file)) {
            jarOut.putNextEntry(new JarEntry("com/example/Always.class"));
            jarOut.write(Files.readAllBytes(classes.resolve("com/example/Always.class")));
            jarOut.closeEntry();
        }
        return jar;
    }

    private static String classpathOf(Class<?>... types) {
        StringBuilder path = new StringBuilder();
        for (Class<?> type : types) {
            try {
                path.append(path.length() == 0 ? "" : java.io.File.pathSeparator)
                        .append(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return path.toString();
    }
}
