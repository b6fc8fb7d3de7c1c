// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.benchmarks;

import dev.boostscope.xgboost.DebugTraining;
import dev.boostscope.xgboost.HookConfig;
import dev.boostscope.xgboost.HookStatistics;
import dev.boostscope.xgboost.IncludeWorkers;
import dev.boostscope.xgboost.SaveConfig;
import dev.boostscope.xgboost.TrainingResult;
import dev.boostscope.xgboost.data.BundledMnist;
import dev.boostscope.xgboost.data.Dataset;
import dev.boostscope.xgboost.data.DatasetReader;
import dev.boostscope.xgboost.data.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.Communicator;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.RabitTracker;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * The hook's overhead with two workers: distributed XGBoost (a {@link RabitTracker} in this JVM, two worker JVMs on
 * loopback, as a multi-worker job runs them) with the hook writing one trial as {@code worker_0} and
 * {@code worker_1}, against the same two workers without the hook, in one run. Data: the bundled MNIST, 8,000
 * training rows split by rank (row i to worker i % 2) and the 2,000 validation rows evaluated by both;
 * {@code multi:softprob}, 10 classes, {@code max_depth} 4, {@code max_bin} 32, {@code tree_method} hist,
 * {@code nthread} 1 per worker. Hooked, every 2 steps with {@code include_workers} all: {@code metrics}, the
 * collection a job saves by default; {@code full}, metrics, predictions, labels and feature_importance. Each worker
 * times its training alone (after joining the tracker and loading its matrices) and its process CPU time; a run's wall
 * time is the slower worker's. Runs alternate bare and hooked.
 *
 * <p>Run (a few minutes on 2 shared cores):
 * <pre>{@code
 * ./mvnw -B -q -pl boostscope-benchmarks -am package -DskipTests
 * OMP_WAIT_POLICY=PASSIVE java -cp 'boostscope-benchmarks/target/classes:boostscope-benchmarks/target/lib/*' \
 *     dev.boostscope.benchmarks.ScaleOutBench [repetitions=3] [rounds=20]
 * }</pre>
 */
public final class ScaleOutBench {
    private static final int WORKERS = 2;

    private ScaleOutBench() {
    }

    /**
     * Runs the benchmark and prints a Markdown table.
     *
     * @param args repetitions, then rounds
     * @throws Exception if training, a worker or I/O fails
     */
    public static void main(String[] args) throws Exception {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path out = Files.createTempDirectory("boostscope-scale-out");
        Map<String, List<Run>> runs = new LinkedHashMap<>();
        for (int i = 0; i < repetitions; i++) {
            for (String config : List.of("bare", "metrics", "full")) {
                Run run = run(config, rounds, out.resolve(config + "-" + i));
                runs.computeIfAbsent(config, c -> new ArrayList<>()).add(run);
                System.out.println(run);
            }
        }
        report(runs);
    }

    private static Run run(String config, int rounds, Path trial) throws Exception {
        RabitTracker tracker = new RabitTracker(WORKERS, "127.0.0.1", 0, 120);
        tracker.start();
        Map<String, Object> address = tracker.getWorkerArgs();
        List<Process> workers = new ArrayList<>();
        for (int rank = 0; rank < WORKERS; rank++) {
            workers.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-cp", System.getProperty("java.class.path"), Worker.class.getName(),
                    String.valueOf(address.get("dmlc_tracker_uri")), String.valueOf(address.get("dmlc_tracker_port")),
                    Integer.toString(rank), config, Integer.toString(rounds), trial.toString())
                    .redirectErrorStream(true).start());
        }
        List<double[]> results = new ArrayList<>();
        for (Process worker : workers) {
            String output = new String(worker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (worker.waitFor() != 0) {
                workers.forEach(Process::destroyForcibly);
                throw new IllegalStateException("a worker failed:\n" + output);
            }
            results.add(result(output));
        }
        tracker.stop();
        return new Run(config, results.stream().mapToDouble(r -> r[0]).max().orElseThrow(),
                results.stream().mapToDouble(r -> r[1]).sum(), results.get(0)[2]);
    }

    /** Parses the worker's last line: {@code RESULT wall-s cpu-s capture-s}. */
    private static double[] result(String output) {
        String line = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no RESULT line in:\n" + output));
        String[] parts = line.split(" ");
        return new double[] {Double.parseDouble(parts[1]), Double.parseDouble(parts[2]), Double.parseDouble(parts[3])};
    }

    private static void report(Map<String, List<Run>> runs) {
        double bareWall = Medians.of(runs.get("bare"), Run::wall);
        double bareCpu = Medians.of(runs.get("bare"), Run::cpu);
        System.out.println();
        System.out.println("| config | runs | wall s (median) | wall ratio | CPU s, both workers (median) | CPU ratio "
                + "| worker_0 capture s |");
        System.out.println("|---|---|---|---|---|---|---|");
        runs.forEach((config, list) -> System.out.printf(Locale.ROOT,
                "| %s | %d | %.2f | %.3f | %.2f | %.3f | %.2f |%n", config, list.size(),
                Medians.of(list, Run::wall), Medians.of(list, Run::wall) / bareWall,
                Medians.of(list, Run::cpu), Medians.of(list, Run::cpu) / bareCpu, Medians.of(list, Run::capture)));
    }

    private record Run(String config, double wall, double cpu, double capture) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "run %s: wall %.2f s, cpu %.2f s (both workers), capture %.2f s",
                    config, wall, cpu, capture);
        }
    }

    /**
     * One worker JVM: joins the tracker, loads its share of MNIST, trains, prints {@code RESULT wall cpu capture}.
     *
     * <p>Not thread-safe.
     */
    public static final class Worker {
        private Worker() {
        }

        /**
         * Runs one worker.
         *
         * @param args tracker host, tracker port, rank, config ({@code bare}, {@code metrics} or {@code full}), rounds,
         *     trial folder
         * @throws Exception if training or I/O fails
         */
        public static void main(String[] args) throws Exception {
            int rank = Integer.parseInt(args[2]);
            Map<String, Object> init = new HashMap<>();
            init.put("dmlc_tracker_uri", args[0]);
            init.put("dmlc_tracker_port", Integer.parseInt(args[1]));
            init.put("dmlc_task_id", Integer.toString(rank));
            Communicator.init(init);
            DMatrix train = shard(BundledMnist.file(BundledMnist.Split.TRAIN), rank).toDMatrix();
            DMatrix validation = BundledMnist.read(BundledMnist.Split.VALIDATION).toDMatrix();
            Map<String, DMatrix> watches = new LinkedHashMap<>();
            watches.put("train", train);
            watches.put("validation", validation);
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            HookStatistics statistics = train(args[3], Integer.parseInt(args[4]), train, watches, Path.of(args[5]));
            System.out.printf(Locale.ROOT, "RESULT %.4f %.4f %.4f%n", (System.nanoTime() - start) / 1e9,
                    (processCpuNanos() - cpu) / 1e9, statistics.captureTime().toNanos() / 1e9);
            Communicator.shutdown();
        }

        private static HookStatistics train(String config, int rounds, DMatrix train, Map<String, DMatrix> watches,
                Path trial) throws XGBoostError {
            if (config.equals("bare")) {
                Booster booster = XGBoost.train(train, params(), rounds, watches, null, null);
                booster.dispose();
                return HookStatistics.NONE;
            }
            HookConfig.Builder hook = HookConfig.newBuilder().outputUri(trial.toUri())
                    .saveConfig(SaveConfig.ofInterval(2)).includeWorkers(IncludeWorkers.ALL);
            if (config.equals("full")) {
                hook.includeCollections("predictions", "labels", "feature_importance");
            }
            TrainingResult result = DebugTraining.newBuilder().params(params()).trainData(train).rounds(rounds)
                    .evalSets(watches).hook(hook.build()).build().train();
            result.booster().dispose();
            return result.hookStatistics();
        }

        /** Reads the rows of one rank: row i goes to worker i % 2; the columns are MNIST's whatever the shard. */
        private static Dataset shard(Path file, int rank) throws IOException {
            List<String> lines = Files.readAllLines(file);
            StringBuilder mine = new StringBuilder();
            for (int i = rank; i < lines.size(); i += WORKERS) {
                mine.append(lines.get(i)).append('\n');
            }
            return DatasetReader.read(new ByteArrayInputStream(mine.toString().getBytes(StandardCharsets.UTF_8)),
                    file + " (worker " + rank + ")", ReadOptions.libsvm().withColumns(BundledMnist.COLUMNS));
        }

        private static Map<String, Object> params() {
            Map<String, Object> params = new HashMap<>();
            params.put("objective", "multi:softprob");
            params.put("num_class", 10);
            params.put("max_depth", 4);
            params.put("max_bin", 32);
            params.put("tree_method", "hist");
            params.put("nthread", 1);
            return params;
        }

        private static long processCpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }
    }
}
