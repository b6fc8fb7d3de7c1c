// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boostscope.rules.action.ActionSpec;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class RuleConfigTest {
    private static final String SAGEMAKER_JSON = "{\"RuleConfigurationName\":\"overfit-check\","
            + "\"RuleEvaluatorImage\":\"ignored\","
            + "\"RuleParameters\":{\"rule_to_invoke\":\"Overfit\",\"patience\":\"2\","
            + "\"action_json\":\"{\\\"name\\\":\\\"stoptraining\\\"}\"},"
            + "\"Actions\":[{\"name\":\"webhook\",\"url\":\"http://localhost:9000/alerts\"}]}";

    @Test
    void fromJson_sagemakerShape_readsNameParametersAndActions() throws Exception {
        RuleConfig config = RuleConfig.fromJson(new ObjectMapper().readTree(SAGEMAKER_JSON));

        assertThat(config.configurationName()).isEqualTo("overfit-check");
        assertThat(config.ruleToInvoke()).isEqualTo("Overfit");
        assertThat(config.ruleParameters()).containsEntry("patience", "2");
        assertThat(config.actions()).containsExactly(
                new ActionSpec.Webhook(URI.create("http://localhost:9000/alerts")));
        assertThat(RuleConfig.fromJson(config.toJson())).isEqualTo(config);
    }

    @Test
    void ruleToInvoke_absent_isTheConfigurationName() {
        assertThat(RuleConfig.of("LossNotDecreasing", Map.of()).ruleToInvoke()).isEqualTo("LossNotDecreasing");
    }

    @Test
    void fromJson_malformed_namesTheField() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThatThrownBy(() -> RuleConfig.fromJson(json.readTree("{\"RuleParameters\":{}}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rule configuration must have a string RuleConfigurationName");
        assertThatThrownBy(() -> RuleConfig.fromJson(json.readTree(
                "{\"RuleConfigurationName\":\"a\",\"RuleParameters\":{\"x\":{\"y\":1}}}")))
                .hasMessage("RuleParameters.x must be a string: {\"y\":1}");
        assertThatThrownBy(() -> new RuleConfig(" ", Map.of(), List.of()))
                .hasMessage("RuleConfigurationName must not be blank");
    }
}
