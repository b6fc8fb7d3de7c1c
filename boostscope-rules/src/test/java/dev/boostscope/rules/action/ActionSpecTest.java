// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.rules.Finding;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

final class ActionSpecTest {

    @Test
    void parseAll_sagemakerForms_readsEachAction() {
        List<ActionSpec> specs = ActionSpec.parseAll("[{\"name\":\"StopTraining\",\"training_job_prefix\":\"job\"},"
                + "{\"name\":\"webhook\",\"url\":\"https://hooks.example.com/Alerts/ABC\"},{\"name\":\"log\"}]");

        assertThat(specs).containsExactly(new ActionSpec.StopTraining(),
                new ActionSpec.Webhook(URI.create("https://hooks.example.com/Alerts/ABC")), new ActionSpec.Log());
        assertThat(ActionSpec.parseAll("{\"name\":\"log\"}")).containsExactly(new ActionSpec.Log());
    }

    @Test
    void parseAll_toJsonOfEach_roundTrips() {
        List<ActionSpec> specs = List.of(new ActionSpec.StopTraining(), new ActionSpec.Log(),
                new ActionSpec.Webhook(URI.create("http://localhost:9000/a?b=C")));
        for (ActionSpec spec : specs) {
            assertThat(ActionSpec.parseAll(spec.toJson())).containsExactly(spec);
        }
    }

    @Test
    void parseAll_badInput_namesTheValue() {
        assertThatThrownBy(() -> ActionSpec.parseAll("{\"name\":\"email\",\"endpoint\":\"a@b.c\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("action name must be one of stoptraining, webhook, log: 'email'");
        assertThatThrownBy(() -> ActionSpec.parseAll("{\"name\":\"webhook\",\"url\":\"ftp://x/y\"}"))
                .hasMessage("webhook url must be an absolute http or https URL: 'ftp://x/y'");
        assertThatThrownBy(() -> ActionSpec.parseAll("{name"))
                .hasMessageStartingWith("action_json must be a JSON object or array: '{name'");
        assertThatThrownBy(() -> ActionSpec.parseAll("[1]"))
                .hasMessage("action must be a JSON object with a \"name\": '1'");
    }

    @Test
    void stopTraining_fired_callsTheStopperWithTheConfigurationName() {
        List<String> reasons = new CopyOnWriteArrayList<>();
        try (Actions actions = Actions.newBuilder().trainingStopper(reasons::add).build()) {
            RuleAction stop = actions.create(List.of(new ActionSpec.StopTraining())).get(0);

            stop.onFired(alert());

            assertThat(reasons).containsExactly("overfit-check");
            assertThat(stop.spec()).isEqualTo(new ActionSpec.StopTraining());
        }
    }

    @Test
    void create_stopTrainingWithoutStopper_throwsIllegalState() {
        try (Actions actions = Actions.newBuilder().build()) {
            assertThatThrownBy(() -> actions.create(List.of(new ActionSpec.StopTraining())))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("action stoptraining needs a running job: no training stopper given");
        }
    }

    @Test
    void log_line_namesRuleTrialStepAndMessage() {
        assertThat(LogAction.line(alert())).isEqualTo(
                "rule overfit-check (Overfit) fired on file:/tmp/run at step 3: validation pulls away");
    }

    @Test
    void retryPolicy_delays_doubleUpToTheCap() {
        RetryPolicy policy = new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(5));

        assertThat(List.of(policy.delayBefore(2), policy.delayBefore(3), policy.delayBefore(4), policy.delayBefore(5)))
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                        Duration.ofSeconds(5));
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
                .hasMessage("maxAttempts must be at least 1: 0");
    }

    private static RuleAlert alert() {
        return new RuleAlert("overfit-check", "Overfit", URI.create("file:/tmp/run"),
                new Finding("validation-logloss", 0.25, 0.1, 3, "validation pulls away"), Instant.EPOCH);
    }
}
