// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.rules.Finding;
import dev.boostscope.rules.Rule;
import dev.boostscope.rules.RuleContext;
import dev.boostscope.rules.RuleResult;
import dev.boostscope.rules.config.RuleFactory;
import dev.boostscope.testkit.FakeTrial;
import dev.boostscope.testkit.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class StalledTrainingRuleTest {
    private final ManualClock clock = ManualClock.at(Instant.parse("2025-01-01T10:00:00Z"));
    private final FakeTrial trial = FakeTrial.create();
    private final RuleContext context = new RuleContext(trial, Map.of(), clock);

    @Test
    void checkIdle_noStepForThreshold_fires() {
        Rule rule = RuleFactory.create("StalledTrainingRule", Map.of("threshold", "600"));
        rule.checkIdle(context);
        assertThat(rule.evaluate(context, 0).fired()).isFalse();

        clock.advance(Duration.ofSeconds(599));
        assertThat(rule.checkIdle(context).fired()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        RuleResult result = rule.checkIdle(context);

        assertThat(result.finding()).isEqualTo(Optional.of(new Finding("", 600, 600, 0,
                "no new step for 600 s since step 0 (threshold 600 s)")));
    }

    @Test
    void evaluate_stepsKeepComing_staysSilent() {
        Rule rule = RuleFactory.create("StalledTrainingRule", Map.of());
        for (int step = 0; step < 10; step++) {
            assertThat(rule.evaluate(context, step).fired()).isFalse();
            clock.advance(Duration.ofMinutes(10));
            assertThat(rule.checkIdle(context).fired()).isFalse();
        }
    }

    @Test
    void evaluate_stepAfterLongGap_firesOnArrival() {
        Rule rule = RuleFactory.create("StalledTrainingRule", Map.of("threshold", "60"));
        rule.evaluate(context, 0);
        clock.advance(Duration.ofSeconds(90));

        Finding finding = rule.evaluate(context, 1).finding().orElseThrow();

        assertThat(finding.message()).isEqualTo("no new step for 90 s since step 0 (threshold 60 s)");
    }
}
