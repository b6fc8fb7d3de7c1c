// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A kind of rule that can be created from string parameters: its name, description, parameters and factory.
 *
 * @param name the rule name, such as {@code LossNotDecreasing}
 * @param description what the rule checks, one or two sentences
 * @param parameters the parameters it accepts, in display order
 * @param factory creates a rule from validated parameters (defaults applied); throws
 *     {@link IllegalArgumentException} naming a bad parameter
 *
 * <p>Immutable; {@link #create} is thread-safe if the factory is.
 */
public record RuleDefinition(String name, String description, List<ParameterSpec> parameters,
        Function<RuleParameters, Rule> factory) {

    /**
     * Validates and copies.
     *
     * @param name the rule name
     * @param description the description
     * @param parameters the parameters
     * @param factory the factory
     */
    public RuleDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(factory, "factory");
    }

    /**
     * Creates a rule: rejects unknown parameter names, fills in defaults and lets the factory validate the values.
     *
     * @param values the parameters as strings, by name
     * @return a new rule
     * @throws IllegalArgumentException naming the parameter and the bad value
     */
    public Rule create(Map<String, String> values) {
        Map<String, String> merged = new LinkedHashMap<>();
        for (ParameterSpec spec : parameters) {
            if (spec.hasDefault()) {
                merged.put(spec.name(), spec.defaultValue());
            }
        }
        for (Map.Entry<String, String> entry : values.entrySet()) {
            checkKnown(entry.getKey());
            merged.put(entry.getKey(), Objects.requireNonNull(entry.getValue(), entry.getKey()));
        }
        return factory.apply(RuleParameters.of(name, merged));
    }

    private void checkKnown(String parameter) {
        if (parameters.stream().noneMatch(spec -> spec.name().equals(parameter))) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "unknown parameter '%s' for rule %s (known: %s)", parameter, name,
                    parameters.stream().map(ParameterSpec::name).collect(Collectors.joining(", "))));
        }
    }
}
