// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.core.RuleException;
import dev.boostscope.rules.Finding;
import dev.boostscope.rules.Rule;
import dev.boostscope.rules.RuleContext;
import dev.boostscope.rules.RuleRequirements;
import dev.boostscope.rules.RuleResult;
import dev.boostscope.testkit.FakeTrial;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class RuleInvokerTest {

    /** Reads "loss" at each step and fires when it is above 1; throws RuleException on a negative loss. */
    private static final class LossAboveOne implements Rule {
        @Override
        public RuleRequirements requirements() {
            return RuleRequirements.of(List.of(), List.of("^loss$"));
        }

        @Override
        public RuleResult evaluate(RuleContext context, int step) {
            double loss = context.baseTrial().tensor("loss").value(step).scalarValue();
            if (loss < 0) {
                throw new RuleException("loss must not be negative: " + loss);
            }
            return loss > 1 ? RuleResult.fired(new Finding("loss", loss, 1, step, "loss above 1"))
                    : RuleResult.notFired();
        }
    }

    private static FakeTrial trial() {
        FakeTrial trial = FakeTrial.create();
        trial.addScalars(0, Map.of("loss", 2.0)).addScalars(3, Map.of("other", 1.0))
                .addScalars(6, Map.of("loss", 0.5)).addScalars(9, Map.of("loss", 3.0));
        trial.finish();
        return trial;
    }

    @Test
    void invoke_savedSteps_skipsStepsWithoutTheTensorAndReportsEveryFinding() {
        RuleReport report = RuleInvoker.invoke(new LossAboveOne(), RuleContext.of(trial()), 0, Integer.MAX_VALUE);

        assertThat(report.evaluatedSteps()).containsExactly(0, 6, 9);
        assertThat(report.skippedSteps()).containsExactly(3);
        assertThat(report.findings()).extracting(Finding::step).containsExactly(0, 9);
        assertThat(report.issuesFound()).isTrue();
        assertThat(report.ruleName()).isEqualTo("LossAboveOne");
    }

    @Test
    void invoke_range_visitsOnlyStepsInside() {
        RuleReport report = RuleInvoker.invoke(new LossAboveOne(), RuleContext.of(trial()), 1, 9);

        assertThat(report.evaluatedSteps()).containsExactly(6);
        assertThat(report.issuesFound()).isFalse();
    }

    @Test
    void invoke_ruleCannotEvaluate_throwsNamingRuleAndStep() {
        FakeTrial trial = FakeTrial.create();
        trial.addScalars(4, Map.of("loss", -1.0));

        assertThatThrownBy(() -> RuleInvoker.invoke(new LossAboveOne(), RuleContext.of(trial), 0, 10))
                .isInstanceOf(RuleException.class)
                .hasMessage("rule LossAboveOne failed at step 4 of memory:/fake-trial: loss must not be negative: -1.0")
                .hasCauseInstanceOf(RuleException.class);
        assertThatThrownBy(() -> RuleInvoker.invoke(new LossAboveOne(), RuleContext.of(trial), 5, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("end step must not be below start step 5: 4");
    }
}
