// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.action;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boostscope.rules.Finding;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A rule that fired, as actions receive it: which configured rule, on which trial, when, and its finding.
 *
 * @param ruleConfigurationName the configured rule's name (SageMaker's {@code RuleConfigurationName})
 * @param ruleName the rule type, such as {@code Overfit}
 * @param trial the base trial's location
 * @param finding what the rule found
 * @param time when it fired
 *
 * <p>Immutable.
 */
public record RuleAlert(String ruleConfigurationName, String ruleName, URI trial, Finding finding, Instant time) {
    /**
     * Validates the alert.
     *
     * @param ruleConfigurationName the configuration name
     * @param ruleName the rule name
     * @param trial the trial location
     * @param finding the finding
     * @param time the time
     */
    public RuleAlert {
        Objects.requireNonNull(ruleConfigurationName, "ruleConfigurationName");
        Objects.requireNonNull(ruleName, "ruleName");
        Objects.requireNonNull(trial, "trial");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(time, "time");
    }

    /**
     * Returns the alert as the JSON object a webhook receives: {@code ruleConfigurationName}, {@code rule},
     * {@code trial}, {@code time} (ISO-8601) and the finding's {@code step}, {@code tensor}, {@code value},
     * {@code threshold} and {@code message}. Non-finite numbers are written as strings ({@code "Infinity"}).
     *
     * @return the JSON text
     */
    public String toJson() {
        ObjectNode node = ActionJson.MAPPER.createObjectNode();
        node.put("ruleConfigurationName", ruleConfigurationName);
        node.put("rule", ruleName);
        node.put("trial", trial.toString());
        node.put("time", time.toString());
        node.put("step", finding.step());
        node.put("tensor", finding.tensor());
        putNumber(node, "value", finding.value());
        putNumber(node, "threshold", finding.threshold());
        node.put("message", finding.message());
        return node.toString();
    }

    private static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.put(field, Double.toString(value));
        }
    }
}
