// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.config;

import dev.boostscope.rules.Rule;
import dev.boostscope.rules.action.ActionSpec;
import java.util.List;
import java.util.Objects;

/**
 * A rule ready to run: its configuration name, the rule instance and the actions to take when it fires.
 *
 * @param configurationName the name statuses are reported under
 * @param rule the rule (one instance per run: rules keep state)
 * @param actions the configured actions, in order
 *
 * <p>Immutable record over a stateful rule: see {@link Rule}.
 */
public record ConfiguredRule(String configurationName, Rule rule, List<ActionSpec> actions) {

    /**
     * Validates and copies.
     *
     * @param configurationName the name
     * @param rule the rule
     * @param actions the actions
     */
    public ConfiguredRule {
        Objects.requireNonNull(configurationName, "configurationName");
        Objects.requireNonNull(rule, "rule");
        actions = List.copyOf(actions);
    }
}
