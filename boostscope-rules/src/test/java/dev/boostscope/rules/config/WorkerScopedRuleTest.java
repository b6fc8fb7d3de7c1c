// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.core.NdArray;
import dev.boostscope.core.RuleException;
import dev.boostscope.rules.Finding;
import dev.boostscope.rules.Rule;
import dev.boostscope.rules.RuleContext;
import dev.boostscope.rules.run.RuleEvaluationStatus;
import dev.boostscope.rules.run.RuleInvoker;
import dev.boostscope.rules.run.RuleReport;
import dev.boostscope.rules.run.RuleRunner;
import dev.boostscope.rules.run.RuleStatus;
import dev.boostscope.rules.testing.RuleTrials;
import dev.boostscope.testkit.FakeTrial;
import dev.boostscope.trial.TensorCollection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The {@code worker} rule parameter on a crafted two-worker trial whose issue is only in worker_1 (issue #10): the
 * default reads worker_0, a named worker reads that one, {@code all} reads each with its own rule instance.
 */
final class WorkerScopedRuleTest {
    private static final double[] TRAIN = {0.6, 0.4, 0.25, 0.15, 0.1};
    private static final double[] HEALTHY = {0.63, 0.42, 0.26, 0.16, 0.105};
    private static final double[] OVERFIT = {0.62, 0.5, 0.45, 0.45, 0.47};

    /** Returns a finished trial of worker_0 (healthy validation) and worker_1 (overfitting from step 3). */
    private static FakeTrial twoWorkers() {
        FakeTrial trial = FakeTrial.newBuilder().workers("worker_0", "worker_1").build();
        trial.addCollection(new TensorCollection("metrics", List.of(RuleTrials.METRICS_REGEX), Set.of()));
        for (int i = 0; i < TRAIN.length; i++) {
            trial.addStep(i * 3, "worker_0", metrics(TRAIN[i], HEALTHY[i]));
            trial.addStep(i * 3, "worker_1", metrics(TRAIN[i], OVERFIT[i]));
        }
        trial.finish();
        return trial;
    }

    private static Map<String, NdArray> metrics(double train, double validation) {
        return Map.of("train-logloss", NdArray.scalar(train), "validation-logloss", NdArray.scalar(validation));
    }

    private static RuleReport run(FakeTrial trial, Rule rule) {
        return RuleInvoker.invoke(rule, RuleContext.of(trial), 0, Integer.MAX_VALUE);
    }

    @Test
    void create_noWorkerParameter_readsWorker0AndStaysSilent() {
        RuleReport report = run(twoWorkers(), RuleFactory.create("Overfit", Map.of()));

        assertThat(report.findings()).isEmpty();
        assertThat(report.evaluatedSteps()).containsExactly(0, 3, 6, 9, 12);
    }

    @Test
    void create_worker0Named_staysSilent() {
        assertThat(run(twoWorkers(), RuleFactory.create("Overfit", Map.of("worker", "worker_0"))).findings())
                .isEmpty();
    }

    @Test
    void create_worker1Named_firesNamingWorker1() {
        RuleReport report = run(twoWorkers(), RuleFactory.create("Overfit", Map.of("worker", "worker_1")));

        RuleTrials.assertFinding(report.findings().get(0), new Finding("validation-logloss", 0.25, 0.1, 3,
                "worker_1: validation-logloss 0.5 vs train-logloss 0.4 at step 3: (validation - train) / train = "
                        + "0.25, above ratio_threshold 0.1 for 1 step(s)"));
    }

    @Test
    void create_allWorkers_firesNamingWorker1Only() {
        Rule rule = RuleFactory.create("Overfit", Map.of("worker", "all", "patience", "2"));

        RuleReport report = run(twoWorkers(), rule);

        assertThat(rule.name()).isEqualTo("Overfit");
        assertThat(report.findings()).extracting(Finding::step).containsExactly(6, 9, 12);
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.message()).startsWith("worker_1: "));
        assertThat(report.findings().get(0).message()).endsWith("for 2 step(s)");
    }

    @Test
    void create_allWorkersEachTripping_namesTheFirstAndTheOthers() {
        FakeTrial trial = FakeTrial.newBuilder().workers("worker_0", "worker_1").build();
        trial.addStep(0, "worker_0", metrics(0.1, 0.5));
        trial.addStep(0, "worker_1", metrics(0.1, 0.6));
        trial.finish();

        RuleReport report = run(trial, RuleFactory.create("Overfit", Map.of("worker", "ALL")));

        assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("worker_0 (also fired on worker_1): validation-logloss 0.5 vs train-logloss 0.1"));
    }

    @Test
    void create_allWorkersStatefulRule_keepsOneStatePerWorker() {
        FakeTrial trial = FakeTrial.newBuilder().workers("worker_0", "worker_1").build();
        double[] decreasing = {1.0, 0.8, 0.6, 0.4, 0.2};
        for (int step = 0; step < decreasing.length; step++) {
            trial.addStep(step, "worker_0", Map.of("train-rmse", NdArray.scalar(decreasing[step])));
            trial.addStep(step, "worker_1", Map.of("train-rmse", NdArray.scalar(0.5)));
        }
        trial.finish();

        RuleReport report = run(trial, RuleFactory.create("LossNotDecreasing",
                Map.of("worker", "all", "tensor_regex", "train-rmse", "num_steps", "2")));

        assertThat(report.findings()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.message()).startsWith("worker_1: loss 'train-rmse'"));
    }

    @Test
    void create_unknownWorker_failsNamingTheWorkers() {
        Rule rule = RuleFactory.create("Overfit", Map.of("worker", "worker_5"));

        assertThatThrownBy(() -> run(twoWorkers(), rule)).isInstanceOf(RuleException.class)
                .hasMessageContaining("parameter 'worker' of rule Overfit names worker 'worker_5', which did not "
                        + "write memory:/fake-trial (workers: worker_0, worker_1)");
    }

    @Test
    void create_singleWorkerTrialWithAll_findingsUnchanged() {
        FakeTrial trial = RuleTrials.metrics("logloss", 3, TRAIN, OVERFIT);

        RuleReport plain = run(trial, RuleFactory.create("Overfit", Map.of()));
        RuleReport all = run(trial, RuleFactory.create("Overfit", Map.of("worker", "all")));

        assertThat(all.findings()).isEqualTo(plain.findings());
    }

    @Test
    void configure_workerInRuleParameters_wrapsAndKeepsOtherParameters() {
        ConfiguredRule configured = RuleFactory.configure(RuleConfig.of("overfit-any-worker",
                Map.of("rule_to_invoke", "Overfit", "worker", "all", "patience", "2")));

        assertThat(configured.rule().name()).isEqualTo("Overfit");
        assertThat(configured.rule()).hasToString("Overfit[worker=all]");
        assertThat(run(twoWorkers(), configured.rule()).findings()).first()
                .satisfies(f -> assertThat(f.message()).startsWith("worker_1: "));
        assertThatThrownBy(() -> RuleFactory.configure(RuleConfig.of("bad", Map.of("rule_to_invoke", "Overfit",
                "worker", "all", "patience", "0"))))
                .hasMessage("rule configuration 'bad': parameter 'patience' of rule Overfit must be an integer of "
                        + "at least 1: '0'");
    }

    @Test
    void ruleRunner_liveTwoWorkers_defaultSilentAndAllFindsWorker1() {
        FakeTrial trial = FakeTrial.newBuilder().workers("worker_0", "worker_1").build();
        ConfiguredRule all = RuleFactory.configure(RuleConfig.of("overfit-all",
                Map.of("rule_to_invoke", "Overfit", "worker", "all")));
        try (RuleRunner runner = RuleRunner.newBuilder().trial(trial)
                .addRule("overfit-worker-0", RuleFactory.create("Overfit", Map.of()), List.of())
                .addRule(all.configurationName(), all.rule(), List.of()).build()) {
            runner.start();
            for (int i = 0; i < TRAIN.length; i++) {
                trial.addStep(i, "worker_0", metrics(TRAIN[i], HEALTHY[i]));
                trial.addStep(i, "worker_1", metrics(TRAIN[i], OVERFIT[i]));
            }
            trial.finish();

            List<RuleStatus> finals = runner.completion().orTimeout(10, TimeUnit.SECONDS).join();
            assertThat(finals).extracting(RuleStatus::status)
                    .containsExactly(RuleEvaluationStatus.NO_ISSUES_FOUND, RuleEvaluationStatus.ISSUES_FOUND);
            assertThat(finals.get(1).finding().step()).isEqualTo(1);
            assertThat(finals.get(1).statusDetails()).contains("at step 1 resulted in the condition being met: "
                    + "worker_1: validation-logloss 0.5 vs train-logloss 0.4");
        }
    }
}
