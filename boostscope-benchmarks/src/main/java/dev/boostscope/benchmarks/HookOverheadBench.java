// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.benchmarks;

import dev.boostscope.xgboost.DebugTraining;
import dev.boostscope.xgboost.HookConfig;
import dev.boostscope.xgboost.HookStatistics;
import dev.boostscope.xgboost.SaveConfig;
import dev.boostscope.xgboost.TrainingResult;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Training time with the hook against the same training without it, measured in one JVM: Fashion-MNIST 60k train /
 * 10k validation, the seed notebook's hyperparameters (multi:softmax, 10 classes, max_depth 5, eta 0.1, gamma 4,
 * min_child_weight 6), 25 rounds, tree_method hist, nthread 2. One measurement is a whole training run, so this is a
 * main class rather than JMH. Each run gets fresh matrices (built outside the timing), so every run pays XGBoost's
 * quantile sketch as a real training does. Configurations, every 3 steps: (a) metrics, predictions, labels;
 * (b) + feature_importance; (c) + average_shap on the default 1,000-row sample; (d) as (c) on all 60k rows. Bare is
 * {@code XGBoost.train}. Runs are interleaved (bare, a, b, c per repetition; bare again; d last, as it is the longest)
 * and reported as medians of wall time and of process CPU time (which includes XGBoost's native threads and the hook's
 * writer).
 *
 * <p>Run (one to several hours on 2 shared cores; {@code OMP_WAIT_POLICY=PASSIVE} keeps XGBoost's OpenMP threads
 * from spinning on a machine whose cores are busy with other work):
 * <pre>{@code
 * ./mvnw -B -q -pl boostscope-benchmarks -am package -DskipTests
 * OMP_WAIT_POLICY=PASSIVE nice -n 5 java -Xmx8g \
 *     -cp 'boostscope-benchmarks/target/classes:boostscope-benchmarks/target/lib/*' \
 *     dev.boostscope.benchmarks.HookOverheadBench [repetitions=2] [data folder=/usr/share/datasets/fashion-mnist] \
 *     [configurations=bare,a,b,c]
 * }</pre>
 * A list of configurations replaces the default plan: each repetition runs them in that order, and nothing else (no
 * closing bare and d), e.g. {@code 4 /usr/share/datasets/fashion-mnist bare,a} to compare (a) with bare only.
 */
public final class HookOverheadBench {
    private static final int ROUNDS = 25;

    private HookOverheadBench() {
    }

    /**
     * Runs the benchmark and prints a Markdown table.
     *
     * @param args repetitions, then the data folder, then optionally the configurations of each repetition
     * @throws Exception if training or I/O fails
     */
    public static void main(String[] args) throws Exception {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        Path folder = args.length > 1 ? Path.of(args[1]) : FashionMnist.DEBIAN;
        FashionMnist train = FashionMnist.load(folder, "train", 60_000, 1);
        FashionMnist validation = FashionMnist.load(folder, "t10k", 10_000, 2);
        System.out.printf(Locale.ROOT, "data: %s (%d rows), %s (%d rows)%n", train.source(), train.rows(),
                validation.source(), validation.rows());
        Path out = Files.createTempDirectory("boostscope-bench");
        Map<String, List<Run>> runs = new LinkedHashMap<>();
        List<String> plan = args.length > 2 ? plan(repetitions, List.of(args[2].split(","))) : plan(repetitions);
        for (String config : plan) {
            Run run = measure(config, train, validation, out.resolve(config + "-" + runs.size() + "-"
                    + System.nanoTime()));
            runs.computeIfAbsent(config, c -> new ArrayList<>()).add(run);
            System.out.println(run);
        }
        report(runs);
    }

    private static List<String> plan(int repetitions) {
        List<String> plan = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            plan.addAll(List.of("bare", "a", "b", "c"));
        }
        plan.addAll(List.of("bare", "d"));
        return plan;
    }

    private static List<String> plan(int repetitions, List<String> configurations) {
        if (!configurations.contains("bare") || !List.of("bare", "a", "b", "c", "d").containsAll(configurations)) {
            throw new IllegalArgumentException("configurations must be among bare, a, b, c, d and include bare: "
                    + configurations);
        }
        List<String> plan = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            plan.addAll(configurations);
        }
        return plan;
    }

    private static Run measure(String config, FashionMnist train, FashionMnist validation, Path out)
            throws XGBoostError {
        DMatrix dtrain = matrix(train);
        DMatrix dval = matrix(validation);
        try {
            Map<String, DMatrix> watches = new LinkedHashMap<>();
            watches.put("train", dtrain);
            watches.put("validation", dval);
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            HookStatistics statistics = train(config, dtrain, watches, out);
            return new Run(config, (System.nanoTime() - start) / 1e9, (processCpuNanos() - cpu) / 1e9, statistics);
        } finally {
            dtrain.dispose();
            dval.dispose();
        }
    }

    private static HookStatistics train(String config, DMatrix dtrain, Map<String, DMatrix> watches, Path out)
            throws XGBoostError {
        if (config.equals("bare")) {
            Booster booster = XGBoost.train(dtrain, params(), ROUNDS, watches, null, null);
            booster.dispose();
            return HookStatistics.NONE;
        }
        TrainingResult result = DebugTraining.newBuilder().params(params()).trainData(dtrain).rounds(ROUNDS)
                .evalSets(watches).hook(hook(config, out)).build().train();
        result.booster().dispose();
        return result.hookStatistics();
    }

    static HookConfig hook(String config, Path out) {
        HookConfig.Builder hook = HookConfig.newBuilder().outputUri(out.toUri())
                .saveConfig(SaveConfig.ofInterval(3)).includeCollections("predictions", "labels");
        if (!config.equals("a")) {
            hook.includeCollections("feature_importance");
        }
        if (config.equals("c") || config.equals("d")) {
            hook.includeCollections("average_shap");
        }
        if (config.equals("d")) {
            hook.shapFullData(true);
        }
        return hook.build();
    }

    static Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("objective", "multi:softmax");
        params.put("num_class", 10);
        params.put("max_depth", 5);
        params.put("eta", 0.1);
        params.put("gamma", 4);
        params.put("min_child_weight", 6);
        params.put("tree_method", "hist");
        params.put("nthread", 2);
        return params;
    }

    private static DMatrix matrix(FashionMnist data) throws XGBoostError {
        DMatrix matrix = new DMatrix(data.features(), data.rows(), data.columns(), Float.NaN);
        matrix.setLabel(data.labels());
        return matrix;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void report(Map<String, List<Run>> runs) {
        double bareWall = Medians.of(runs.get("bare"), Run::wall);
        double bareCpu = Medians.of(runs.get("bare"), Run::cpu);
        System.out.println();
        System.out.println("| config | runs | wall s (median) | wall ratio | CPU s (median) | CPU ratio | steps "
                + "written | MB written | queue waits | capture s |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        runs.forEach((config, list) -> {
            Run last = list.get(list.size() - 1);
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.3f | %.1f | %.3f | %d | %.1f | %d | %.1f |%n",
                    config, list.size(), Medians.of(list, Run::wall), Medians.of(list, Run::wall) / bareWall,
                    Medians.of(list, Run::cpu), Medians.of(list, Run::cpu) / bareCpu, last.hook().stepsWritten(),
                    last.hook().bytesWritten() / 1e6, last.hook().queueWaits(),
                    last.hook().captureTime().toMillis() / 1e3);
        });
    }

    private record Run(String config, double wall, double cpu, HookStatistics hook) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "run %s: wall %.1f s, cpu %.1f s, steps %d, capture %.1f s, "
                    + "queue waits %d", config, wall, cpu, hook.stepsWritten(), hook.captureTime().toMillis() / 1e3,
                    hook.queueWaits());
        }
    }
}
