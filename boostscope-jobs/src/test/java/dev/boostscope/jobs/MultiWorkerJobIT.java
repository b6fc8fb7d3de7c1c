// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.boostscope.jobs.spec.JobSpec;
import dev.boostscope.jobs.spec.JobSpecs;
import dev.boostscope.jobs.state.SecondaryStatus;
import dev.boostscope.jobs.state.WorkerStatus;
import dev.boostscope.trial.Tensor;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import dev.boostscope.xgboost.data.BundledMnist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jobs with {@code InstanceCount} 2: a tracker and two worker processes training together on the bundled MNIST. */
final class MultiWorkerJobIT {
    private static final Pattern EVAL = Pattern.compile("eval \\[(\\d+)]\\t(.*)");
    private static final List<String> WORKERS = List.of("worker_0", "worker_1");

    @TempDir
    Path dir;
    private JobsHome home;

    @BeforeEach
    void setUp() {
        home = JobTesting.home(dir.resolve("jobs"), Duration.ZERO, Map.of());
    }

    @AfterEach
    void killJobs() throws IOException {
        JobTesting.destroyAll(home.path());
    }

    private TrainingJob start(String name, int numRound) throws IOException {
        String json = """
                {"TrainingJobName": "%s",
                 "HyperParameters": {"objective": "multi:softprob", "num_class": "10", "num_round": "%d",
                                     "max_depth": "3", "max_bin": "16", "nthread": "1", "eta": "0.3"},
                 "InputDataConfig": [
                   {"ChannelName": "train", "DataSource": {"S3DataSource": {"S3Uri": "%s"}}},
                   {"ChannelName": "validation", "DataSource": {"S3DataSource": {"S3Uri": "%s"}}}],
                 "ResourceConfig": {"InstanceCount": 2},
                 "DebugHookConfig": {"HookParameters": {"save_interval": "2"}}}
                """.formatted(name, numRound, BundledMnist.file(BundledMnist.Split.TRAIN),
                BundledMnist.file(BundledMnist.Split.VALIDATION));
        JobSpec spec = JobSpecs.parse(JobTesting.utf8(json), name);
        return home.create(spec, name);
    }

    @Test
    void twoWorkers_mnist_trialHasBothWorkersAtEveryStepWithTheirMetricsAndIdenticalModels() throws IOException {
        TrainingJob job = start("two-workers", 6);

        JobDescription end = job.waitFor(Duration.ofMinutes(4));

        assertThat(end.secondaryStatus()).as("%s", job.logs()).isEqualTo(SecondaryStatus.COMPLETED);
        assertThat(end.status().workers()).extracting(WorkerStatus::state, WorkerStatus::exitCode, WorkerStatus::round)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WorkerStatus.State.COMPLETED, 0, 6),
                        org.assertj.core.groups.Tuple.tuple(WorkerStatus.State.COMPLETED, 0, 6));
        try (Trial trial = Trials.open(end.debuggerArtifactsPath())) {
            assertThat(trial.workers()).isEqualTo(WORKERS);
            assertThat(trial.steps()).containsExactly(0, 2, 4);
            for (String worker : WORKERS) {
                assertMetricsMatchLog(trial, worker, evalLines(workerFolder(end, worker)));
            }
        }
        byte[] model0 = Files.readAllBytes(workerFolder(end, "worker_0").resolve("model.ubj"));
        assertThat(model0).isNotEmpty();
        assertThat(Files.readAllBytes(workerFolder(end, "worker_1").resolve("model.ubj"))).isEqualTo(model0);
        assertThat(Files.readAllBytes(Path.of(end.status().model().orElseThrow()))).isEqualTo(model0);
        assertNoProcessLeft(end);
    }

    private static void assertMetricsMatchLog(Trial trial, String worker, Map<Integer, Map<String, Double>> logged) {
        assertThat(logged).as("eval lines of %s", worker).hasSize(6);
        Map<String, Double> last = logged.get(5);
        assertThat(last).containsKeys("train-mlogloss", "validation-mlogloss");
        for (String name : last.keySet()) {
            Tensor tensor = trial.tensor(name);
            for (int step : trial.steps()) {
                assertThat(tensor.workers(step)).as("%s at %d", name, step).isEqualTo(WORKERS);
            }
            tensor.values(worker).forEach((step, value) -> assertThat(value.scalarValue())
                    .as("%s of %s at step %d", name, worker, step)
                    .isCloseTo(logged.get(step).get(name), org.assertj.core.data.Offset.offset(1e-6)));
        }
    }

    @Test
    void killedWorker_midTraining_failsTheJobWithinSecondsNamingItAndLeavesNoProcess() throws IOException {
        TrainingJob job = start("killed-worker", 100_000);
        WorkerStatus victim = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> worker(job, 1).filter(w -> w.round() >= 2), Optional::isPresent).orElseThrow();

        ProcessHandle.of(victim.pid()).orElseThrow().destroyForcibly();

        JobDescription end = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(job::describe, d -> d.status().isTerminal());
        assertThat(end.secondaryStatus()).isEqualTo(SecondaryStatus.FAILED);
        assertThat(end.status().failure()).hasValueSatisfying(reason -> assertThat(reason)
                .matches("AlgorithmError: worker_1 \\(pid " + victim.pid() + "\\) exited with code 137 at round \\d+"
                        + " \\(killed by signal 9\\)"));
        // worker_0 is stopped by the coordinator, unless its collective broke first and it failed by itself
        assertThat(end.status().workers().get(0).state())
                .isIn(WorkerStatus.State.TERMINATED, WorkerStatus.State.FAILED);
        assertThat(end.status().workers().get(1).state()).isEqualTo(WorkerStatus.State.FAILED);
        assertNoProcessLeft(end);
    }

    @Test
    void stop_twoWorkersShardedByKey_eachReadsItsFileAndBothStopAfterTheSameRound() throws IOException {
        TestData.libsvm(dir.resolve("train/part-0.libsvm"), 200, 1);
        TestData.libsvm(dir.resolve("train/part-1.libsvm"), 300, 2);
        JobsHome paced = JobTesting.home(dir.resolve("jobs"), Duration.ofMillis(50), Map.of());
        String json = """
                {"TrainingJobName": "sharded-stop",
                 "HyperParameters": {"objective": "binary:logistic", "max_bin": "32", "nthread": "1",
                                     "num_round": "100000"},
                 "InputDataConfig": [{"ChannelName": "train", "DataSource": {"S3DataSource": {
                     "S3Uri": "%s", "S3DataDistributionType": "ShardedByS3Key"}}}],
                 "ResourceConfig": {"InstanceCount": 2}}
                """.formatted(dir.resolve("train"));
        TrainingJob job = paced.create(JobSpecs.parse(JobTesting.utf8(json), "sharded"), "sharded");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> worker(job, 1).filter(w -> w.round() >= 2).isPresent());

        assertThat(job.stop()).isTrue();

        JobDescription end = job.waitFor(Duration.ofMinutes(1));
        assertThat(end.secondaryStatus()).isEqualTo(SecondaryStatus.STOPPED);
        List<WorkerStatus> workers = end.status().workers();
        assertThat(workers).extracting(WorkerStatus::state, WorkerStatus::exitCode).containsOnly(
                org.assertj.core.groups.Tuple.tuple(WorkerStatus.State.COMPLETED, 0));
        assertThat(workers.get(1).round()).isEqualTo(workers.get(0).round())
                .isEqualTo(end.currentProgress().orElseThrow().round());
        assertThat(Files.readString(workerFolder(end, "worker_0").resolve("worker.log")))
                .contains("training on 200 rows (worker 0 of 2)");
        assertThat(Files.readString(workerFolder(end, "worker_1").resolve("worker.log")))
                .contains("training on 300 rows (worker 1 of 2)");
        assertThat(JobTesting.hasEndMarker(end.debuggerArtifactsPath())).isTrue();
        assertNoProcessLeft(end);
    }

    private static Optional<WorkerStatus> worker(TrainingJob job, int rank) {
        List<WorkerStatus> workers = job.describe().status().workers();
        return workers.size() > rank ? Optional.of(workers.get(rank)) : Optional.empty();
    }

    /** Asserts that the job process, every worker and every child of this JVM are gone. */
    private static void assertNoProcessLeft(JobDescription end) {
        List<Long> pids = new java.util.ArrayList<>(end.status().workers().stream().map(WorkerStatus::pid).toList());
        pids.add(end.status().process().pid());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            assertThat(pids).noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
            assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList()).isEmpty();
        });
    }

    private static Path workerFolder(JobDescription job, String worker) {
        return job.directory().resolve("workers").resolve(worker);
    }

    /** Parses the {@code eval [round]} lines a worker logged: the metrics its booster reported, by round. */
    private static Map<Integer, Map<String, Double>> evalLines(Path workerFolder) throws IOException {
        Map<Integer, Map<String, Double>> rounds = new HashMap<>();
        for (String line : Files.readAllLines(workerFolder.resolve("worker.log"))) {
            Matcher matcher = EVAL.matcher(line);
            if (matcher.find()) {
                Map<String, Double> metrics = new HashMap<>();
                for (String pair : matcher.group(2).split("\t")) {
                    int colon = pair.lastIndexOf(':');
                    metrics.put(pair.substring(0, colon), Double.parseDouble(pair.substring(colon + 1)));
                }
                rounds.put(Integer.parseInt(matcher.group(1)), metrics);
            }
        }
        return rounds;
    }
}
