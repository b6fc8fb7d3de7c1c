// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.rules.action.ActionSpec;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class RuleFactoryTest {

    @Test
    void configure_builtInWithActions_combinesActionJsonListAndRule() {
        RuleConfig config = new RuleConfig("overfit-check", Map.of("rule_to_invoke", "Overfit", "patience", "2",
                "base_trial", "ignored", "action_json", "[{\"name\":\"stoptraining\"},{\"name\":\"log\"}]"),
                List.of(new ActionSpec.Webhook(URI.create("http://localhost:9000/a"))));

        ConfiguredRule configured = RuleFactory.configure(config);

        assertThat(configured.configurationName()).isEqualTo("overfit-check");
        assertThat(configured.rule().name()).isEqualTo("Overfit");
        assertThat(configured.actions()).containsExactly(new ActionSpec.StopTraining(), new ActionSpec.Log(),
                new ActionSpec.Webhook(URI.create("http://localhost:9000/a")));
    }

    @Test
    void configure_stalledRuleStopsOnFire_addsStopTraining() {
        ConfiguredRule configured = RuleFactory.configure(RuleConfig.of("StalledTrainingRule",
                Map.of("stop_training_on_fire", "True", "training_job_name_prefix", "job")));

        assertThat(configured.actions()).containsExactly(new ActionSpec.StopTraining());
    }

    @Test
    void configure_badParameter_namesConfigurationParameterAndValue() {
        assertThatThrownBy(() -> RuleFactory.configure(RuleConfig.of("loss",
                Map.of("rule_to_invoke", "LossNotDecreasing", "num_steps", "-1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule configuration 'loss': parameter 'num_steps' of rule LossNotDecreasing must be an "
                        + "integer of at least 1: '-1'");
        assertThatThrownBy(() -> RuleFactory.configure(RuleConfig.of("loss",
                Map.of("rule_to_invoke", "LossNotDecreasing", "action_json", "{\"name\":\"sms\"}"))))
                .hasMessage("rule configuration 'loss': action name must be one of stoptraining, webhook, log: 'sms'");
    }
}
