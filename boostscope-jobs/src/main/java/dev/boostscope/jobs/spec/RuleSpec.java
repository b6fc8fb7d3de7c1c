// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.spec;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One entry of {@code DebugRuleConfigurations}: a rule to evaluate while the job trains, in SageMaker's shape.
 *
 * @param ruleConfigurationName the configuration's name, unique in the job
 * @param ruleParameters the parameters, including {@code rule_to_invoke} (the built-in rule's name) and the rule's own
 *     parameters
 *
 * <p>Immutable.
 */
public record RuleSpec(String ruleConfigurationName, Map<String, String> ruleParameters) {
    /** The parameter that names the rule to run. */
    public static final String RULE_TO_INVOKE = "rule_to_invoke";

    /**
     * Validates and copies.
     *
     * @param ruleConfigurationName the configuration's name
     * @param ruleParameters the parameters
     */
    public RuleSpec {
        Objects.requireNonNull(ruleConfigurationName, "ruleConfigurationName");
        ruleParameters = Collections.unmodifiableMap(new TreeMap<>(ruleParameters));
    }

    /**
     * Returns the rule to run: {@code rule_to_invoke}, or the configuration's name when that is absent.
     *
     * @return the rule's name
     */
    public String ruleToInvoke() {
        return ruleParameters.getOrDefault(RULE_TO_INVOKE, ruleConfigurationName);
    }
}
