// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boostscope.rules.action.ActionSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One configured rule, in the shape of SageMaker's {@code DebugRuleConfiguration}:
 * <pre>{@code
 * {"RuleConfigurationName": "Overfit",
 *  "RuleParameters": {"rule_to_invoke": "Overfit", "patience": "2",
 *                     "action_json": "{\"name\":\"stoptraining\"}"},
 *  "Actions": [{"name": "webhook", "url": "http://localhost:9000/alerts"}]}
 * }</pre>
 * Every parameter is a string. Reserved parameters: {@code rule_to_invoke} (the built-in rule, or a user rule's class;
 * the configuration name when absent), {@code source_jar} (the jar of a user rule, as SageMaker's
 * {@code source_s3_uri}), {@code action_json} (one action object or an array), {@code base_trial} (ignored: the
 * runner supplies the trial) and {@code worker} (which worker of a multi-worker trial the rule reads: a worker name,
 * or {@code all}; see {@link #WORKER}). {@code Actions} is a Boostscope addition, a list of the same action objects.
 *
 * @param configurationName the name statuses are reported under
 * @param ruleParameters the parameters, all strings
 * @param actions actions in addition to those in {@code action_json}
 *
 * <p>Immutable.
 */
public record RuleConfig(String configurationName, Map<String, String> ruleParameters, List<ActionSpec> actions) {
    /** The parameter naming the rule to run. */
    public static final String RULE_TO_INVOKE = "rule_to_invoke";
    /** The parameter naming a user rule's jar. */
    public static final String SOURCE_JAR = "source_jar";
    /** The parameter holding actions as JSON. */
    public static final String ACTION_JSON = "action_json";
    /** SageMaker's base-trial parameter, ignored. */
    public static final String BASE_TRIAL = "base_trial";
    /**
     * The parameter choosing the worker a rule reads in a multi-worker trial, accepted by every rule: a worker name
     * such as {@code worker_1}, or {@code all} to evaluate every worker and fire when any trips the rule. When absent,
     * a rule reads the first worker (by name) that saved each step, {@code worker_0}, as smdebug does.
     */
    public static final String WORKER = "worker";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Validates and copies.
     *
     * @param configurationName the name, not blank
     * @param ruleParameters the parameters
     * @param actions extra actions
     * @throws IllegalArgumentException if the name is blank
     */
    public RuleConfig {
        if (configurationName.isBlank()) {
            throw new IllegalArgumentException("RuleConfigurationName must not be blank");
        }
        ruleParameters = Map.copyOf(ruleParameters);
        actions = List.copyOf(actions);
    }

    /**
     * Returns a configuration without extra actions.
     *
     * @param configurationName the name
     * @param ruleParameters the parameters
     * @return the configuration
     */
    public static RuleConfig of(String configurationName, Map<String, String> ruleParameters) {
        return new RuleConfig(configurationName, ruleParameters, List.of());
    }

    /**
     * Reads the JSON shape shown above.
     *
     * @param node a JSON object
     * @return the configuration
     * @throws IllegalArgumentException if a field is missing or has the wrong type, naming it
     */
    public static RuleConfig fromJson(JsonNode node) {
        if (node == null || !node.path("RuleConfigurationName").isTextual()) {
            throw new IllegalArgumentException("rule configuration must have a string RuleConfigurationName: " + node);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        node.path("RuleParameters").properties().forEach(field -> {
            if (!field.getValue().isValueNode()) {
                throw new IllegalArgumentException("RuleParameters." + field.getKey() + " must be a string: "
                        + field.getValue());
            }
            parameters.put(field.getKey(), field.getValue().asText());
        });
        List<ActionSpec> actions = new ArrayList<>();
        node.path("Actions").forEach(action -> actions.add(ActionSpec.from(action)));
        return new RuleConfig(node.get("RuleConfigurationName").asText(), parameters, actions);
    }

    /**
     * Returns the JSON shape shown above.
     *
     * @return a new JSON object
     */
    public ObjectNode toJson() {
        ObjectNode node = JSON.createObjectNode().put("RuleConfigurationName", configurationName);
        ObjectNode parameters = node.putObject("RuleParameters");
        new java.util.TreeMap<>(ruleParameters).forEach(parameters::put);
        if (!actions.isEmpty()) {
            ArrayNode array = node.putArray("Actions");
            for (ActionSpec action : actions) {
                array.add(readTree(action.toJson()));
            }
        }
        return node;
    }

    /**
     * Returns the rule to run: {@code rule_to_invoke}, or the configuration name when absent.
     *
     * @return the rule name or user-rule class name
     */
    public String ruleToInvoke() {
        String rule = ruleParameters.get(RULE_TO_INVOKE);
        return rule == null || rule.isBlank() ? configurationName : rule.strip();
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("action wrote invalid JSON: " + json, e);
        }
    }
}
