// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.action;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An action as configured, in smdebug's {@code action_json} shape: {@code {"name":"stoptraining"}},
 * {@code {"name":"webhook","url":"https://..."}}, {@code {"name":"log"}}. Names are case-insensitive; the URL keeps its
 * case (smdebug lower-cases the whole string, which would break URLs). smdebug's {@code training_job_prefix} is
 * accepted and ignored; its {@code email} and {@code sms} actions (Amazon SNS) are rejected.
 *
 * <p>Immutable.
 */
public sealed interface ActionSpec {
    /**
     * Returns the action's name as written in ActionJson.MAPPER.
     *
     * @return {@code stoptraining}, {@code webhook} or {@code log}
     */
    String name();

    /**
     * Returns the JSON object of this action.
     *
     * @return the JSON text
     */
    String toJson();

    /**
     * Parses {@code action_json}: one JSON object or an array of them.
     *
     * @param json the text
     * @return the actions, in order
     * @throws IllegalArgumentException if the text is not valid JSON or names an unknown action, quoting it
     */
    static List<ActionSpec> parseAll(String json) {
        JsonNode root;
        try {
            root = ActionJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "action_json must be a JSON object or array: '%s' (%s)", json, e.getOriginalMessage()), e);
        }
        List<ActionSpec> specs = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.forEach(node -> specs.add(from(node)));
        } else {
            specs.add(from(root));
        }
        return List.copyOf(specs);
    }

    /**
     * Reads one action object.
     *
     * @param node a JSON object with a {@code name}
     * @return the action
     * @throws IllegalArgumentException if the object is malformed or names an unknown action
     */
    static ActionSpec from(JsonNode node) {
        if (node == null || !node.isObject() || !node.path("name").isTextual()) {
            throw new IllegalArgumentException("action must be a JSON object with a \"name\": '" + node + "'");
        }
        String name = node.get("name").asText().strip().toLowerCase(Locale.ROOT);
        switch (name) {
            case "stoptraining": return new StopTraining();
            case "log": return new Log();
            case "webhook": return Webhook.from(node);
            default:
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "action name must be one of stoptraining, webhook, log: '%s'", node.get("name").asText()));
        }
    }

    /**
     * Stops the training after its current round, with the rule's configuration name as the reason.
     *
     * <p>Immutable.
     */
    record StopTraining() implements ActionSpec {
        @Override
        public String name() {
            return "stoptraining";
        }

        @Override
        public String toJson() {
            return ActionJson.MAPPER.createObjectNode().put("name", name()).toString();
        }
    }

    /**
     * Writes one line through {@code System.Logger} at WARNING.
     *
     * <p>Immutable.
     */
    record Log() implements ActionSpec {
        @Override
        public String name() {
            return "log";
        }

        @Override
        public String toJson() {
            return ActionJson.MAPPER.createObjectNode().put("name", name()).toString();
        }
    }

    /**
     * POSTs the alert as JSON ({@link RuleAlert#toJson()}) to a URL, retried with exponential backoff in the
     * background.
     *
     * @param url an {@code http} or {@code https} URL
     *
     * <p>Immutable.
     */
    record Webhook(URI url) implements ActionSpec {
        /**
         * Validates the URL.
         *
         * @param url the URL
         * @throws IllegalArgumentException if it is not an absolute http(s) URL
         */
        public Webhook {
            Objects.requireNonNull(url, "url");
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
                throw new IllegalArgumentException("webhook url must be an absolute http or https URL: '" + url + "'");
            }
        }

        static Webhook from(JsonNode node) {
            String url = node.path("url").asText("");
            try {
                return new Webhook(URI.create(url.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("webhook url must be an absolute http or https URL: '" + url + "'",
                        e);
            }
        }

        @Override
        public String name() {
            return "webhook";
        }

        @Override
        public String toJson() {
            ObjectNode node = ActionJson.MAPPER.createObjectNode().put("name", name());
            return node.put("url", url.toString()).toString();
        }
    }
}
