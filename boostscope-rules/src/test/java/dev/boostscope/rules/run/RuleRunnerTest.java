// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.boostscope.rules.Finding;
import dev.boostscope.rules.Rule;
import dev.boostscope.rules.RuleContext;
import dev.boostscope.rules.RuleRequirements;
import dev.boostscope.rules.RuleResult;
import dev.boostscope.rules.action.ActionSpec;
import dev.boostscope.rules.action.Actions;
import dev.boostscope.rules.config.RuleFactory;
import dev.boostscope.testkit.FakeTrial;
import dev.boostscope.testkit.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class RuleRunnerTest {
    private final FakeTrial trial = FakeTrial.create();
    private final List<RuleStatus> published = new CopyOnWriteArrayList<>();
    private final List<String> stops = new CopyOnWriteArrayList<>();
    private final Actions actions = Actions.newBuilder().trainingStopper(stops::add).build();
    private RuleRunner runner;

    @AfterEach
    void closeRunner() {
        if (runner != null) {
            runner.close();
        }
        actions.close();
    }

    private void addMetrics(int step, double train, double validation) {
        trial.addScalars(step, Map.of("train-logloss", train, "validation-logloss", validation));
    }

    private RuleStatus status(String name) {
        return runner.statuses().stream().filter(s -> s.ruleConfigurationName().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void start_overfittingTraining_issuesFoundAndStopRequestedWithTheRuleName() {
        runner = RuleRunner.newBuilder().trial(trial)
                .addRule("overfit", RuleFactory.create("Overfit", Map.of()),
                        actions.create(List.of(new ActionSpec.StopTraining())))
                .addRule("loss", RuleFactory.create("LossNotDecreasing", Map.of()), List.of())
                .listener(published::add).build();
        runner.start();
        addMetrics(0, 0.6, 0.61);
        addMetrics(1, 0.4, 0.5);

        await().atMost(Duration.ofSeconds(10)).until(() -> status("overfit").status().isFinal());
        RuleStatus overfit = status("overfit");
        assertThat(overfit.status()).isEqualTo(RuleEvaluationStatus.ISSUES_FOUND);
        assertThat(overfit.finding().step()).isEqualTo(1);
        assertThat(overfit.statusDetails()).startsWith("RuleEvaluationConditionMet: Evaluation of the rule overfit at "
                + "step 1 resulted in the condition being met: validation-logloss 0.5 vs train-logloss 0.4");
        assertThat(stops).containsExactly("overfit");

        trial.finish();
        List<RuleStatus> finals = runner.completion().orTimeout(10, TimeUnit.SECONDS).join();
        assertThat(finals).extracting(RuleStatus::status)
                .containsExactly(RuleEvaluationStatus.ISSUES_FOUND, RuleEvaluationStatus.NO_ISSUES_FOUND);
        assertThat(status("loss").statusDetails()).isEqualTo("no issues found in 2 evaluated steps");
    }

    @Test
    void start_ruleThrows_reportedAsErrorAndOtherRulesUnaffected() {
        runner = RuleRunner.newBuilder().trial(trial)
                .addRule("broken", new ThrowingRule(1), List.of())
                .addRule("overfit", RuleFactory.create("Overfit", Map.of()), List.of())
                .listener(published::add).build();
        runner.start();
        addMetrics(0, 0.6, 0.61);
        addMetrics(1, 0.5, 0.52);
        addMetrics(2, 0.4, 0.5);
        trial.finish();

        runner.completion().orTimeout(10, TimeUnit.SECONDS).join();
        assertThat(status("broken").status()).isEqualTo(RuleEvaluationStatus.ERROR);
        assertThat(status("broken").statusDetails())
                .isEqualTo("rule ThrowingRule could not be evaluated at step 1: NullPointerException: bug on purpose");
        assertThat(status("overfit").status()).isEqualTo(RuleEvaluationStatus.ISSUES_FOUND);
        assertThat(status("overfit").finding().step()).isEqualTo(2);
    }

    @Test
    void start_slowRule_doesNotDelayTheOthers() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        runner = RuleRunner.newBuilder().trial(trial)
                .addRule("slow", new BlockingRule(release), List.of())
                .addRule("overfit", RuleFactory.create("Overfit", Map.of()), List.of())
                .build();
        runner.start();
        addMetrics(0, 0.4, 0.5);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> status("overfit").status() == RuleEvaluationStatus.ISSUES_FOUND);
        assertThat(status("slow").status()).isEqualTo(RuleEvaluationStatus.IN_PROGRESS);
        release.countDown();
        trial.finish();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> status("slow").status() == RuleEvaluationStatus.NO_ISSUES_FOUND);
    }

    @Test
    void start_stepsAlreadySaved_replayedAndStatusesPublishedInOrder() {
        addMetrics(0, 0.6, 0.61);
        addMetrics(3, 0.5, 0.51);
        trial.finish();
        runner = RuleRunner.newBuilder().trial(trial)
                .addRule("overfit", RuleFactory.create("Overfit", Map.of()), List.of())
                .listener(published::add).build();
        runner.start();

        List<RuleStatus> finals = runner.completion().orTimeout(10, TimeUnit.SECONDS).join();

        assertThat(finals).singleElement().extracting(RuleStatus::status)
                .isEqualTo(RuleEvaluationStatus.NO_ISSUES_FOUND);
        assertThat(published).extracting(RuleStatus::status)
                .containsExactly(RuleEvaluationStatus.IN_PROGRESS, RuleEvaluationStatus.NO_ISSUES_FOUND);
    }

    @Test
    void close_beforeTrainingEnds_marksRulesStopped() {
        runner = RuleRunner.newBuilder().trial(trial)
                .addRule("overfit", RuleFactory.create("Overfit", Map.of()), List.of())
                .listener(published::add).build();
        runner.start();
        addMetrics(0, 0.6, 0.61);

        runner.close();
        runner.close();

        assertThat(status("overfit").status()).isEqualTo(RuleEvaluationStatus.STOPPED);
        assertThat(runner.completion().orTimeout(10, TimeUnit.SECONDS).join()).hasSize(1);
        assertThatThrownBy(runner::start).isInstanceOf(IllegalStateException.class)
                .hasMessage("rule runner is closed");
    }

    @Test
    void start_noStepForThreshold_stalledRuleFiresOnIdleCheck() {
        ManualClock clock = ManualClock.at(Instant.parse("2025-01-01T10:00:00Z"));
        runner = RuleRunner.newBuilder().trial(trial).clock(clock).idleCheckInterval(Duration.ofMillis(5))
                .addRule("stalled", RuleFactory.create("StalledTrainingRule", Map.of("threshold", "1800")),
                        actions.create(List.of(new ActionSpec.StopTraining())))
                .build();
        runner.start();
        addMetrics(0, 0.6, 0.61);
        await().atMost(Duration.ofSeconds(10)).until(() -> status("stalled").lastEvaluatedStep() == 0);

        clock.advance(Duration.ofMinutes(31));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> status("stalled").status() == RuleEvaluationStatus.ISSUES_FOUND);
        assertThat(status("stalled").finding().message()).isEqualTo(
                "no new step for 1860 s since step 0 (threshold 1800 s)");
        assertThat(stops).containsExactly("stalled");
    }

    @Test
    void start_otherTrialCannotBeOpened_thatRuleErrorsAlone() {
        runner = RuleRunner.newBuilder().trial(trial)
                .addRule("similar", RuleFactory.create("SimilarAcrossRuns", Map.of("other_trial", "run-1")),
                        List.of())
                .addRule("overfit", RuleFactory.create("Overfit", Map.of()), List.of())
                .build();
        runner.start();
        addMetrics(0, 0.6, 0.61);
        trial.finish();

        runner.completion().orTimeout(10, TimeUnit.SECONDS).join();
        assertThat(status("similar").status()).isEqualTo(RuleEvaluationStatus.ERROR);
        assertThat(status("similar").statusDetails()).isEqualTo("rule SimilarAcrossRuns could not be evaluated: "
                + "no other trials configured: cannot open 'run-1' (set RuleRunner.Builder.otherTrials)");
        assertThat(status("overfit").status()).isEqualTo(RuleEvaluationStatus.NO_ISSUES_FOUND);
    }

    @Test
    void start_otherTrialResolved_comparedAndClosed() {
        FakeTrial other = FakeTrial.create();
        other.addScalars(0, Map.of("train-logloss", 0.6, "validation-logloss", 0.7));
        other.finish();
        runner = RuleRunner.newBuilder().trial(trial).otherTrials(name -> other)
                .addRule("similar", RuleFactory.create("SimilarAcrossRuns", Map.of("other_trial", "run-1")),
                        List.of())
                .build();
        runner.start();
        addMetrics(0, 0.6, 0.61);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> status("similar").status() == RuleEvaluationStatus.ISSUES_FOUND);
        assertThat(status("similar").finding().tensor()).isEqualTo("validation-logloss");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThatThrownBy(other::steps).isInstanceOf(IllegalStateException.class));
    }

    @Test
    void listener_throws_runnerCarriesOn() {
        runner = RuleRunner.newBuilder().trial(trial)
                .addRule("overfit", RuleFactory.create("Overfit", Map.of()), List.of())
                .listener(status -> {
                    throw new IllegalStateException("listener failure on purpose");
                }).build();
        runner.start();
        addMetrics(0, 0.4, 0.5);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> status("overfit").status() == RuleEvaluationStatus.ISSUES_FOUND);
    }

    @Test
    void builder_missingOrRepeatedSettings_throwIllegalState() {
        assertThatThrownBy(() -> RuleRunner.newBuilder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("a trial is required");
        assertThatThrownBy(() -> RuleRunner.newBuilder().trial(trial).build())
                .hasMessage("at least one rule is required");
        assertThatThrownBy(() -> RuleRunner.newBuilder().trial(trial).trial(trial))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("trial was already set to");
        assertThatThrownBy(() -> RuleRunner.newBuilder().idleCheckInterval(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("idle check interval must be positive: PT0S");
        Rule rule = new ThrowingRule(0);
        assertThatThrownBy(() -> RuleRunner.newBuilder().addRule("a", rule, List.of()).addRule("a", rule, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule configuration name must be unique and not blank: 'a'");
    }

    /** Fails with a programming error at one step. */
    private static final class ThrowingRule implements Rule {
        private final int failingStep;

        ThrowingRule(int failingStep) {
            this.failingStep = failingStep;
        }

        @Override
        public RuleRequirements requirements() {
            return RuleRequirements.none();
        }

        @Override
        public RuleResult evaluate(RuleContext context, int step) {
            if (step == failingStep) {
                throw new NullPointerException("bug on purpose");
            }
            return RuleResult.notFired();
        }
    }

    /** Blocks its first evaluation until released. */
    private static final class BlockingRule implements Rule {
        private final CountDownLatch release;

        BlockingRule(CountDownLatch release) {
            this.release = release;
        }

        @Override
        public RuleRequirements requirements() {
            return RuleRequirements.none();
        }

        @Override
        public RuleResult evaluate(RuleContext context, int step) {
            try {
                if (!release.await(30, TimeUnit.SECONDS)) {
                    return RuleResult.fired(new Finding("", 0, 0, step, "never released"));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return RuleResult.notFired();
        }
    }
}
