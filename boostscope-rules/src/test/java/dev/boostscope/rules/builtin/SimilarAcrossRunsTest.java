// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.rules.Finding;
import dev.boostscope.rules.Rule;
import dev.boostscope.rules.RuleContext;
import dev.boostscope.rules.config.RuleFactory;
import dev.boostscope.rules.run.RuleInvoker;
import dev.boostscope.rules.run.RuleReport;
import dev.boostscope.rules.testing.RuleTrials;
import dev.boostscope.testkit.FakeTrial;
import java.time.InstantSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class SimilarAcrossRunsTest {
    private static final double[] TRAIN = {0.6, 0.5, 0.4};
    private static final double[] VALIDATION = {0.62, 0.52, 0.43};

    private static RuleReport compare(FakeTrial base, FakeTrial other, Map<String, String> parameters) {
        Rule rule = RuleFactory.create("SimilarAcrossRuns", parameters);
        assertThat(rule.requirements().otherTrials()).containsExactly("run-2");
        RuleContext context = new RuleContext(base, Map.of("run-2", other), InstantSource.system());
        return RuleInvoker.invoke(rule, context, 0, Integer.MAX_VALUE);
    }

    @Test
    void invoke_validationDiverges_firesAtFirstDifferentStep() {
        FakeTrial base = RuleTrials.metrics("rmse", 3, TRAIN, VALIDATION);
        FakeTrial other = RuleTrials.metrics("rmse", 3, TRAIN, new double[] {0.62, 0.55, 0.5});

        RuleReport report = compare(base, other, Map.of("other_trial", "run-2"));

        RuleTrials.assertFinding(report.findings().get(0), new Finding("validation-rmse", 0.03, 1e-8, 3,
                "'validation-rmse' differs from trial 'run-2' at step 3 (largest difference 0.03)"));
    }

    @Test
    void invoke_sameRun_staysSilent() {
        FakeTrial base = RuleTrials.metrics("rmse", 3, TRAIN, VALIDATION);
        FakeTrial other = RuleTrials.metrics("rmse", 3, TRAIN, VALIDATION);

        RuleReport report = compare(base, other, Map.of("other_trial", "run-2", "tensor_regex", "rmse"));

        assertThat(report.findings()).isEmpty();
        assertThat(report.evaluatedSteps()).containsExactly(0, 3, 6);
    }
}
