// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.boostscope.jobs.spec.JobSpec;
import dev.boostscope.jobs.spec.JobSpecs;
import dev.boostscope.jobs.state.JobDirectory;
import dev.boostscope.jobs.state.JobProcess;
import dev.boostscope.jobs.state.JobStatus;
import dev.boostscope.jobs.state.MetricData;
import dev.boostscope.jobs.state.Progress;
import dev.boostscope.jobs.state.SecondaryStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The jobs commands on job folders written by the test, no job process involved. */
final class JobsCommandTest {
    private static final Instant T0 = Instant.parse("2026-03-04T05:06:07.089Z");

    @TempDir
    Path dir;
    private Path home;

    private record Result(int code, String out, String err) {
    }

    @BeforeEach
    void setUp() {
        home = dir.resolve("jobs");
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

    private Result runHome(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--home";
        all[args.length + 1] = home.toString();
        return run(all);
    }

    private JobDirectory job(String name, UnaryOperator<JobStatus> status) throws IOException {
        JobDirectory job = JobDirectory.of(Files.createDirectories(home.resolve(name)));
        JobSpec spec = JobSpecs.parse(("{\"TrainingJobName\": \"" + name + "\", \"HyperParameters\": "
                + "{\"num_round\": \"10\"}, \"InputDataConfig\": [{\"ChannelName\": \"train\", \"DataSource\": "
                + "{\"S3DataSource\": {\"S3Uri\": \"/data/train.libsvm\"}}}], \"OutputDataConfig\": "
                + "{\"S3OutputPath\": \"/out\"}, \"DebugHookConfig\": {\"LocalPath\": \"/debug/" + name + "\"}}")
                .getBytes(StandardCharsets.UTF_8), name);
        job.write(JobDirectory.SPEC, JobSpecs.bytes(spec), false);
        job.createStatus(status.apply(JobStatus.starting(name, T0).withProcess(new JobProcess(4242, "host-a", T0))));
        return job;
    }

    private static JobStatus training(JobStatus status) {
        return status.advance(SecondaryStatus.DOWNLOADING, "Downloading input data", T0.plusSeconds(1))
                .advance(SecondaryStatus.TRAINING, "Training in progress", T0.plusSeconds(2));
    }

    private static JobStatus completed(JobStatus status) {
        return training(status).withFinalMetrics(List.of(new MetricData("train:rmse", 0.25, T0.plusSeconds(3))))
                .withModelArtifacts("/out/done/output/model.ubj")
                .advance(SecondaryStatus.COMPLETED, "Training job completed", T0.plusSeconds(3));
    }

    private static String golden(String name) throws IOException {
        try (var in = JobsCommandTest.class.getResourceAsStream("/golden/jobs/" + name)) {
            if (in == null) {
                throw new IOException("missing golden file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void create_invalidSpec_exitsTwoWithEveryProblem() throws IOException {
        Path spec = Files.writeString(dir.resolve("job.json"), "{\"HyperParameters\": {\"num_round\": \"ten\"}}");

        Result result = runHome("jobs", "create", "--spec", spec.toString());

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("boostscope: error: invalid job spec " + spec + ": 2 problems: "
                + "HyperParameters.num_round: 'ten' is not a positive integer: expected the number of boosting "
                + "rounds; InputDataConfig: no 'train' channel: expected a channel with ChannelName 'train' "
                + "(got: none)\n");
        assertThat(home).doesNotExist();
    }

    @Test
    void create_missingSpecFile_exitsTwo() {
        Result result = runHome("jobs", "create", "--spec", dir.resolve("nope.json").toString());

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("boostscope: error: --spec must be a readable job spec file: '"
                + dir.resolve("nope.json") + "'\n");
    }

    @Test
    void create_specIsAFolder_exitsTwoNamingIt() {
        Result result = runHome("jobs", "create", "--spec", dir.toString());

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("boostscope: error: --spec must be a readable job spec file: '" + dir
                + "'\n");
    }

    @Test
    void worker_rankOutsideTheJob_exitsTwoNamingTheRange() throws IOException {
        Path spec = Files.writeString(dir.resolve("spec.json"), "{\"TrainingJobName\": \"big\", "
                + "\"ResourceConfig\": {\"InstanceCount\": 3}}");

        Result result = runHome("jobs", "worker", "--spec", spec.toString(), "--tracker", "10.0.0.5:9091",
                "--rank", "3");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).startsWith("boostscope: error: --rank must be within 1..2 (InstanceCount 3; rank 0 "
                + "runs on the job's machine): 3\n");
        assertThat(home).doesNotExist();
    }

    @Test
    void worker_specWithoutJobName_exitsTwo() throws IOException {
        Path spec = Files.writeString(dir.resolve("spec.json"), "{\"BaseJobName\": \"big\", "
                + "\"ResourceConfig\": {\"InstanceCount\": 2}}");

        Result result = runHome("jobs", "worker", "--spec", spec.toString(), "--tracker", "h:1", "--rank", "1");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).startsWith("boostscope: error: --spec: " + spec + " has no TrainingJobName: "
                + "expected the job's spec.json, so that every worker writes the same trial\n");
    }

    @Test
    void describe_unknownJob_isAUsageErrorNamingHome() {
        Result result = runHome("jobs", "describe", "nope");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("boostscope: error: no training job named 'nope' in " + home
                + ": 'boostscope jobs list' (with the same --home) lists the jobs there\n");
    }

    @Test
    void wait_unknownJob_isAUsageErrorNotAFailedJob() {
        Result result = runHome("jobs", "wait", "nope");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).startsWith("boostscope: error: no training job named 'nope' in " + home);
    }

    @Test
    void describe_completedJob_printsDescribeTrainingJobJson() throws IOException {
        JobDirectory job = job("done", JobsCommandTest::completed);
        job.writeProgress(new Progress(10, 10, Map.of("train:rmse", 0.25), T0.plusSeconds(3)));

        Result result = runHome("jobs", "describe", "done");

        assertThat(result.code()).isZero();
        assertThat(result.out()).isEqualTo(golden("describe.v1.json").replace("${JOB_DIR}", job.path().toString()));
    }

    @Test
    void list_filters_printsTableNewestFirst() throws IOException {
        job("done", JobsCommandTest::completed);
        job("failed-one", s -> s.fail("ClientError: no data", T0.plusSeconds(9)));

        assertThat(runHome("jobs", "list").out()).isEqualTo("""
                NAME                                         STATUS      SECONDARY           \
                CREATED                  ROUNDS
                done                                         Completed   Completed           \
                2026-03-04T05:06:07.089Z 0/10
                failed-one                                   Failed      Failed              \
                2026-03-04T05:06:07.089Z 0/10
                """);
        assertThat(runHome("jobs", "list", "--status", "failed").out()).contains("failed-one").doesNotContain("done ");
        assertThat(runHome("jobs", "list", "--name-contains", "DON").out()).contains("done").doesNotContain("failed");
    }

    @Test
    void list_unknownStatus_exitsTwo() {
        Result result = runHome("jobs", "list", "--status", "Running");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("boostscope: error: unknown training job status 'Running': expected one "
                + "of InProgress, Completed, Failed, Stopping, Stopped\n");
    }

    @Test
    void wait_completed_exitsZeroWithModel() throws IOException {
        job("done", JobsCommandTest::completed);

        Result result = runHome("jobs", "wait", "done");

        assertThat(result.code()).isZero();
        assertThat(result.out()).isEqualTo("done: Completed; model at /out/done/output/model.ubj\n");
        assertThat(result.err()).isEqualTo("Completed\n");
    }

    @Test
    void wait_failed_exitsOneWithReason() throws IOException {
        job("bad", s -> training(s).fail("AlgorithmError: label must be in [0,1]", T0.plusSeconds(5)));

        Result result = runHome("jobs", "wait", "bad");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("Failed\nboostscope: error: training job bad failed: AlgorithmError: "
                + "label must be in [0,1]\n");
    }

    @Test
    void wait_stoppedByRule_exitsThree() throws IOException {
        job("overfit", s -> training(s).withStopReason(JobStatus.ruleStopReason("Overfit"))
                .advance(SecondaryStatus.STOPPED, "stopped", T0.plusSeconds(5)));

        Result result = runHome("jobs", "wait", "overfit");

        assertThat(result.code()).isEqualTo(3);
        assertThat(result.out()).isEqualTo("overfit: Stopped (rule 'Overfit' found issues (StopTraining action))\n");
    }

    @Test
    void wait_maxRuntimeExceeded_exitsFour() throws IOException {
        job("slow", s -> training(s).withStopReason("MaxRuntimeInSeconds (1) exceeded")
                .advance(SecondaryStatus.MAX_RUNTIME_EXCEEDED, "stopped", T0.plusSeconds(5)));

        Result result = runHome("jobs", "wait", "slow");

        assertThat(result.code()).isEqualTo(4);
        assertThat(result.out()).isEqualTo("slow: MaxRuntimeExceeded (MaxRuntimeInSeconds (1) exceeded)\n");
    }

    @Test
    void wait_timeoutOnRunningJob_exitsFive() throws IOException {
        JobDirectory job = job("running", s -> training(s).withProcess(JobProcess.of(ProcessHandle.current())));
        job.writeProgress(new Progress(4, 10, Map.of("train:rmse", 0.5), T0.plusSeconds(4)));

        Result result = runHome("jobs", "wait", "running", "--timeout", "0");

        assertThat(result.code()).isEqualTo(5);
        assertThat(result.err()).isEqualTo("Training [############------------------] 4/10 train:rmse=0.5000\n"
                + "boostscope: error: training job running is still InProgress/Training after 0 s\n");
    }

    @Test
    void stop_endedJob_saysSoAndExitsZero() throws IOException {
        job("done", JobsCommandTest::completed);

        Result result = runHome("jobs", "stop", "done");

        assertThat(result.code()).isZero();
        assertThat(result.out()).isEqualTo("Training job done has already ended: Completed\n");
    }

    @Test
    void stop_runningJob_movesToStoppingAndWritesRequest() throws IOException {
        JobDirectory job = job("running", s -> training(s).withProcess(JobProcess.of(ProcessHandle.current())));

        Result result = runHome("jobs", "stop", "running");

        assertThat(result.out()).isEqualTo("Stopping training job running\n");
        assertThat(job.readStatus().secondaryStatus()).isEqualTo(SecondaryStatus.STOPPING);
        assertThat(job.stopRequest()).isPresent();
    }

    @Test
    void logs_printsTheLog() throws IOException {
        JobDirectory job = job("done", JobsCommandTest::completed);
        Files.writeString(job.file(JobDirectory.LOG), "line 1\nline 2\n");

        assertThat(runHome("jobs", "logs", "done").out()).isEqualTo("line 1\nline 2\n");
    }

    @Test
    void logsFollow_runningJob_printsLinesAsTheyComeEachOnceAndReturnsZeroWhenItEnds() throws Exception {
        JobDirectory job = job("running", s -> training(s).withProcess(JobProcess.of(ProcessHandle.current())));
        Path log = Files.writeString(job.file(JobDirectory.LOG), "line 1\n");
        StringWriter out = new StringWriter();
        CommandLine cli = BoostscopeCommand.newCommandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));

        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> cli.execute("jobs", "logs", "running",
                "--follow", "--home", home.toString()));

        awaitOutput(out, "line 1\n");
        append(log, "line 2\nline 3, half");
        awaitOutput(out, "line 1\nline 2\n");
        append(log, " and the rest\n");
        awaitOutput(out, "line 1\nline 2\nline 3, half and the rest\n");
        job.update(s -> s.advance(SecondaryStatus.STOPPING, "Stopping the training job", T0.plusSeconds(4)));
        append(log, "line 4\n");
        awaitOutput(out, "line 1\nline 2\nline 3, half and the rest\nline 4\n");
        assertThat(code).as("still following an InProgress/Stopping job").isNotDone();
        append(log, "line 5, the last, without a newline");
        job.update(s -> s.advance(SecondaryStatus.STOPPED, "Training job stopped", T0.plusSeconds(5)));

        assertThat(code.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString()).isEqualTo("line 1\nline 2\nline 3, half and the rest\nline 4\n"
                + "line 5, the last, without a newline");
    }

    @Test
    void logsFollow_unknownJob_isAUsageErrorNamingHome() {
        Result result = runHome("jobs", "logs", "nope", "--follow");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("boostscope: error: no training job named 'nope' in " + home
                + ": 'boostscope jobs list' (with the same --home) lists the jobs there\n");
    }

    private static void awaitOutput(StringWriter out, String expected) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> assertThat(out.toString()).isEqualTo(expected));
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardOpenOption.APPEND);
    }
}
