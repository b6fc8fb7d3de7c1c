// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boostscope.rules.ParameterSpec;
import dev.boostscope.rules.RuleDefinition;
import dev.boostscope.rules.config.RuleConfig;
import dev.boostscope.rules.config.RuleFactory;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code boostscope rules list}: every built-in rule with its parameters, defaults and descriptions, as text or JSON.
 *
 * <p>Not thread-safe.
 */
@Command(name = "list",
        mixinStandardHelpOptions = true,
        description = "List the built-in rules with their parameters and defaults.")
final class RulesListCommand implements Runnable {
    private static final String NO_DEFAULT = "(no default)";
    /** What the {@code worker} parameter that every rule takes does. */
    static final String WORKER_DESCRIPTION = "The worker of a multi-worker trial the rule reads: a worker name such as "
            + "worker_1, or all (every worker, firing when any does); by default the first worker, worker_0.";

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson());
        } else {
            printText(out);
        }
        out.flush();
    }

    private static void printText(PrintWriter out) {
        boolean first = true;
        for (RuleDefinition definition : RuleFactory.builtIns()) {
            if (!first) {
                out.println();
            }
            first = false;
            out.println(definition.name());
            out.println("  " + definition.description());
            for (ParameterSpec parameter : definition.parameters()) {
                out.println(parameter.hasDefault()
                        ? String.format(Locale.ROOT, "    %s = %s", parameter.name(), parameter.defaultValue())
                        : String.format(Locale.ROOT, "    %s %s", parameter.name(), NO_DEFAULT));
                out.println("        " + parameter.description());
            }
        }
        out.println();
        out.println("Every rule also takes:");
        out.println("    " + RuleConfig.WORKER + " " + NO_DEFAULT);
        out.println("        " + WORKER_DESCRIPTION);
    }

    private static String toJson() {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode rules = mapper.createArrayNode();
        for (RuleDefinition definition : RuleFactory.builtIns()) {
            ObjectNode rule = rules.addObject().put("name", definition.name())
                    .put("description", definition.description());
            ArrayNode parameters = rule.putArray("parameters");
            for (ParameterSpec parameter : definition.parameters()) {
                ObjectNode node = parameters.addObject().put("name", parameter.name());
                if (parameter.hasDefault()) {
                    node.put("default", parameter.defaultValue());
                } else {
                    node.putNull("default");
                }
                node.put("description", parameter.description());
            }
        }
        return rules.toPrettyString();
    }
}
