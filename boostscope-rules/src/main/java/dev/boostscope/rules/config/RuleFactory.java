// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.config;

import dev.boostscope.rules.Rule;
import dev.boostscope.rules.RuleDefinition;
import dev.boostscope.rules.action.ActionSpec;
import dev.boostscope.rules.builtin.BuiltinRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creates rules from names and string parameters: the built-in rules by their SageMaker names, and user rules from a
 * jar and a class name. Errors are {@link IllegalArgumentException}s naming the rule, the parameter and the bad value.
 *
 * <p>Example: <pre>{@code
 * Rule overfit = RuleFactory.create("Overfit", Map.of("patience", "2"));
 * ConfiguredRule configured = RuleFactory.configure(RuleConfig.of("overfit-check",
 *         Map.of("rule_to_invoke", "Overfit", "action_json", "{\"name\":\"stoptraining\"}")));
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class RuleFactory {
    private static final Set<String> RESERVED = Set.of(RuleConfig.RULE_TO_INVOKE, RuleConfig.SOURCE_JAR,
            RuleConfig.ACTION_JSON, RuleConfig.BASE_TRIAL);

    private RuleFactory() {
    }

    /**
     * Returns the built-in rules' definitions, sorted by name.
     *
     * @return the definitions
     */
    public static List<RuleDefinition> builtIns() {
        return BuiltinRules.definitions();
    }

    /**
     * Creates a built-in rule.
     *
     * @param ruleName the rule name, such as {@code LossNotDecreasing} (exact case)
     * @param parameters the parameters, all strings; unknown names are rejected. {@value RuleConfig#WORKER}, accepted
     *     by every rule, chooses the worker of a multi-worker trial the rule reads: a name, or {@code all}
     * @return a new rule
     * @throws IllegalArgumentException if the rule is unknown or a parameter is bad
     */
    public static Rule create(String ruleName, Map<String, String> parameters) {
        RuleDefinition definition = BuiltinRules.find(ruleName).orElseThrow(() -> new IllegalArgumentException(
                String.format(Locale.ROOT, "unknown rule '%s' (built-in rules: %s; a user rule needs a jar)", ruleName,
                        builtIns().stream().map(RuleDefinition::name).collect(Collectors.joining(", ")))));
        return WorkerScopedRule.create(ruleName, parameters, definition::create);
    }

    /**
     * Creates a user rule from a jar.
     *
     * @param jar the jar file
     * @param className the fully qualified name of a class implementing {@link Rule}
     * @param parameters the parameters, passed to its constructor, except {@value RuleConfig#WORKER}, which chooses the
     *     worker the rule reads as for {@link #create}
     * @return a new rule
     * @throws IllegalArgumentException if the jar or class is unusable, or the rule rejects a parameter
     * @throws dev.boostscope.core.RuleException if the rule's constructor fails otherwise
     */
    public static Rule loadUserRule(Path jar, String className, Map<String, String> parameters) {
        return WorkerScopedRule.create(className, parameters, rest -> UserRules.load(jar, className, rest));
    }

    /**
     * Creates the rule and the actions of a configuration: a user rule when {@code source_jar} is set, else a
     * built-in; actions from {@code action_json}, then {@link RuleConfig#actions()}, then a StopTraining action when
     * StalledTrainingRule's {@code stop_training_on_fire} is {@code True}.
     *
     * @param config the configuration
     * @return the rule and its actions
     * @throws IllegalArgumentException naming the configuration and the bad rule, parameter or action
     */
    public static ConfiguredRule configure(RuleConfig config) {
        try {
            Map<String, String> parameters = new LinkedHashMap<>(config.ruleParameters());
            parameters.keySet().removeAll(RESERVED);
            String jar = config.ruleParameters().get(RuleConfig.SOURCE_JAR);
            Rule rule = jar == null || jar.isBlank() ? create(config.ruleToInvoke(), parameters)
                    : loadUserRule(Path.of(jar.strip()), config.ruleToInvoke(), parameters);
            return new ConfiguredRule(config.configurationName(), rule, actions(config, parameters));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "rule configuration '%s': %s",
                    config.configurationName(), e.getMessage()), e);
        }
    }

    private static List<ActionSpec> actions(RuleConfig config, Map<String, String> parameters) {
        List<ActionSpec> actions = new ArrayList<>();
        String json = config.ruleParameters().get(RuleConfig.ACTION_JSON);
        if (json != null && !json.isBlank()) {
            actions.addAll(ActionSpec.parseAll(json));
        }
        actions.addAll(config.actions());
        boolean stops = actions.stream().anyMatch(a -> a instanceof ActionSpec.StopTraining);
        if (!stops && BuiltinRules.impliesStopTraining(config.ruleToInvoke(), parameters)) {
            actions.add(new ActionSpec.StopTraining());
        }
        return actions;
    }
}
