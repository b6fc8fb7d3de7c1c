// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.boostscope.jobs.process.JobMain;
import dev.boostscope.jobs.process.LaunchOptions;
import dev.boostscope.jobs.state.JobDirectory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The jobs commands against real job processes; {@code create} runs as its own CLI process that exits at once. */
final class JobsCliIT {
    @TempDir
    Path dir;
    private Path home;
    private Path train;

    private record Result(int code, String out, String err) {
    }

    @BeforeEach
    void setUp() throws IOException {
        home = dir.resolve("jobs");
        Random random = new Random(11);
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < 300; row++) {
            double a = random.nextDouble();
            double b = random.nextDouble();
            text.append(String.format(Locale.ROOT, "%d 0:%.4f 1:%.4f 2:%.4f%n", a + b > 1 ? 1 : 0, a, b,
                    random.nextDouble()));
        }
        train = Files.writeString(dir.resolve("train.libsvm"), text);
    }

    @AfterEach
    void killJobs() throws IOException {
        if (!Files.isDirectory(home)) {
            return;
        }
        try (Stream<Path> folders = Files.list(home)) {
            for (Path folder : folders.toList()) {
                JobDirectory.of(folder).readStatus().process().live().ifPresent(handle -> {
                    handle.destroyForcibly();
                    handle.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                });
            }
        }
    }

    private Path spec(String name, int rounds) throws IOException {
        return Files.writeString(dir.resolve(name + ".json"), """
                {"BaseJobName": "%s",
                 "HyperParameters": {"objective": "binary:logistic", "max_bin": "32", "nthread": "1",
                                     "num_round": "%d"},
                 "InputDataConfig": [{"ChannelName": "train", "ContentType": "text/libsvm",
                                      "DataSource": {"S3DataSource": {"S3Uri": "%s"}}}]}
                """.formatted(name, rounds, train));
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = BoostscopeCommand.newCommandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private Result runCliProcess(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put(LaunchOptions.JAVA_OPTS_ENV, "-D" + JobMain.MIN_ROUND_PROPERTY + "=100");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), out, err);
    }

    @Test
    void createInItsOwnProcess_jobOutlivesTheCli_waitReportsCompleted() throws Exception {
        Result created = runCliProcess("jobs", "create", "--spec", spec("cli-demo", 20).toString(),
                "--home", home.toString());

        assertThat(created.code()).isZero();
        String name = created.out().strip();
        assertThat(created.out()).matches("cli-demo-\\d{4}(-\\d{2}){5}-\\d{3}\n");
        assertThat(run("jobs", "describe", name, "--home", home.toString()).out())
                .contains("\"TrainingJobStatus\": \"InProgress\"");
        Result waited = run("jobs", "wait", name, "--home", home.toString());
        assertThat(waited.code()).as(waited.err()).isZero();
        assertThat(waited.out()).isEqualTo(name + ": Completed; model at " + home.resolve(name)
                .resolve("output/model.ubj") + "\n");
        assertThat(waited.err()).contains("Training [").contains("Completed [" + "#".repeat(30) + "] 20/20 "
                + "train:logloss=");
        assertThat(run("jobs", "logs", name, "--home", home.toString()).out())
                .contains("[19]\ttrain-logloss:").contains("Completed: Training job completed");
        assertThat(run("jobs", "list", "--status", "Completed", "--home", home.toString()).out())
                .contains(name + " ").contains("20/20");
        assertThat(run("jobs", "describe", name, "--home", home.toString()).out())
                .contains("\"TrainingJobStatus\": \"Completed\"")
                .contains("\"DebuggerArtifactsPath\": \"" + home.resolve(name).resolve("debug-output") + "\"");
    }

    @Test
    void stopThenWait_exitsFourWithTheReason() throws Exception {
        Result created = run("jobs", "create", "--spec", spec("cli-stop", 100000).toString(),
                "--home", home.toString());
        String name = created.out().strip();
        Result progress;
        do {
            progress = run("jobs", "wait", name, "--timeout", "1", "--home", home.toString());
        } while (progress.code() == 5 && !progress.err().contains("Training ["));

        assertThat(run("jobs", "stop", name, "--home", home.toString()).out())
                .isEqualTo("Stopping training job " + name + "\n");
        Result waited = run("jobs", "wait", name, "--home", home.toString());

        assertThat(waited.code()).isEqualTo(4);
        assertThat(waited.out()).isEqualTo(name + ": Stopped (a stop was requested (StopTrainingJob))\n");
        assertThat(waited.err()).contains("Stopped [");
    }

    @Test
    void logsFollow_runningJob_printsEveryLineOnceAndExitsZeroWhenItEnds() throws Exception {
        String name = run("jobs", "create", "--spec", spec("cli-follow", 100000).toString(),
                "--home", home.toString()).out().strip();
        StringWriter out = new StringWriter();
        CommandLine cli = BoostscopeCommand.newCommandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));

        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> cli.execute("jobs", "logs", name,
                "--follow", "--home", home.toString()));

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> out.toString().contains("[2]\ttrain-logloss:"));
        assertThat(code).as("following a job in progress").isNotDone();
        assertThat(run("jobs", "stop", name, "--home", home.toString()).code()).isZero();
        assertThat(code.get(2, TimeUnit.MINUTES)).isZero();
        JobDirectory job = JobDirectory.of(home.resolve(name));
        job.readStatus().process().live().ifPresent(handle -> handle.onExit().orTimeout(30, TimeUnit.SECONDS)
                .join());
        String log = Files.readString(job.file(JobDirectory.LOG));
        assertThat(log).contains("Stopped: Training job stopped: a stop was requested (StopTrainingJob)");
        assertThat(out.toString()).isEqualTo(log);
    }
}
