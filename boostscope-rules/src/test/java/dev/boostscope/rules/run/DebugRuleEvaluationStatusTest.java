// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boostscope.rules.Finding;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class DebugRuleEvaluationStatusTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void from_issuesFound_writesSageMakerShapeAndReadsBack() throws Exception {
        RuleStatus status = new RuleStatus("overfit", "Overfit", RuleEvaluationStatus.ISSUES_FOUND, "details",
                new Finding("validation-rmse", 0.3, 0.1, 6, "message"), 6, Instant.parse("2025-01-01T10:00:00Z"));

        String text = json.writeValueAsString(DebugRuleEvaluationStatus.from(status));

        assertThat(text).isEqualTo("{\"RuleConfigurationName\":\"overfit\",\"RuleEvaluationStatus\":\"IssuesFound\","
                + "\"StatusDetails\":\"details\",\"LastModifiedTime\":\"2025-01-01T10:00:00Z\"}");
        assertThat(json.readValue(text, DebugRuleEvaluationStatus.class))
                .isEqualTo(DebugRuleEvaluationStatus.from(status));
    }

    @Test
    void constructor_unknownStatus_throwsNamingIt() {
        assertThatThrownBy(() -> new DebugRuleEvaluationStatus("a", "Done", "", "2025-01-01T10:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule evaluation status must be one of InProgress, NoIssuesFound, IssuesFound, Error, "
                        + "Stopped: 'Done'");
    }

    @Test
    void ruleStatus_findingWithoutIssues_rejected() {
        Finding finding = new Finding("t", 1, 1, 1, "m");
        assertThatThrownBy(() -> new RuleStatus("a", "A", RuleEvaluationStatus.ERROR, "", finding, -1,
                Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
