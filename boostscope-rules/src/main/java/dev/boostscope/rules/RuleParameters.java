// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A rule's parameters as SageMaker passes them, all strings, with typed getters whose errors name the rule, the
 * parameter and the bad value ({@code parameter 'num_steps' of rule LossNotDecreasing must be an integer of at least 1:
 * 'abc'}).
 *
 * <p>An empty value or Python's {@code None} counts as absent. Booleans are {@code True}/{@code False} in any case.
 * Lists are comma-separated, with blanks around items ignored.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleParameters {
    private final String ruleName;
    private final Map<String, String> values;

    private RuleParameters(String ruleName, Map<String, String> values) {
        this.ruleName = ruleName;
        this.values = values;
    }

    /**
     * Returns the parameters of one rule.
     *
     * @param ruleName the rule name, used in error messages
     * @param values the values by parameter name; copied
     * @return the parameters
     */
    public static RuleParameters of(String ruleName, Map<String, String> values) {
        return new RuleParameters(Objects.requireNonNull(ruleName, "ruleName"), Map.copyOf(values));
    }

    /**
     * Returns the rule name these parameters are for.
     *
     * @return the rule name
     */
    public String ruleName() {
        return ruleName;
    }

    /**
     * Returns every value, by parameter name.
     *
     * @return an unmodifiable map
     */
    public Map<String, String> asMap() {
        return values;
    }

    /**
     * Returns a text value.
     *
     * @param name the parameter name
     * @return the value, stripped; empty if absent, blank or {@code None}
     */
    public Optional<String> text(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank() || value.strip().equals("None")) {
            return Optional.empty();
        }
        return Optional.of(value.strip());
    }

    /**
     * Returns a text value that must be present.
     *
     * @param name the parameter name
     * @return the value, stripped
     * @throws IllegalArgumentException if it is absent
     */
    public String requiredText(String name) {
        return text(name).orElseThrow(() -> new IllegalArgumentException(String.format(Locale.ROOT,
                "parameter '%s' of rule %s is required", name, ruleName)));
    }

    /**
     * Returns a comma-separated list.
     *
     * @param name the parameter name
     * @return the items, stripped, blanks dropped; empty if absent
     */
    public List<String> list(String name) {
        return text(name).map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /**
     * Returns a number that may be absent.
     *
     * @param name the parameter name
     * @return the value; empty if absent
     * @throws IllegalArgumentException if it is not a finite number
     */
    public OptionalDouble optionalNumber(String name) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double value = Double.parseDouble(text.get());
            if (Double.isFinite(value)) {
                return OptionalDouble.of(value);
            }
        } catch (NumberFormatException e) {
            throw invalid(name, "a number");
        }
        throw invalid(name, "a finite number");
    }

    /**
     * Returns a number within a closed range.
     *
     * @param name the parameter name
     * @param min the smallest accepted value
     * @param max the largest accepted value
     * @return the value
     * @throws IllegalArgumentException if it is absent, not a number or out of range
     */
    public double number(String name, double min, double max) {
        double value = optionalNumber(name).orElseThrow(() -> missing(name));
        if (value < min || value > max) {
            throw invalid(name, String.format(Locale.ROOT, "a number from %s to %s", plain(min), plain(max)));
        }
        return value;
    }

    /**
     * Returns a number, or a default when absent (for user rules, whose parameters carry no declared defaults).
     *
     * @param name the parameter name
     * @param defaultValue the value when absent
     * @return the value
     * @throws IllegalArgumentException if it is present and not a number
     */
    public double number(String name, double defaultValue) {
        return optionalNumber(name).orElse(defaultValue);
    }

    /**
     * Returns an integer with a lower bound.
     *
     * @param name the parameter name
     * @param min the smallest accepted value
     * @return the value
     * @throws IllegalArgumentException if it is absent, not an integer or below the bound
     */
    public int integer(String name, int min) {
        String text = text(name).orElseThrow(() -> missing(name));
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw invalid(name, "an integer of at least " + min);
        }
        if (value < min) {
            throw invalid(name, "an integer of at least " + min);
        }
        return value;
    }

    /**
     * Returns a boolean.
     *
     * @param name the parameter name
     * @return the value
     * @throws IllegalArgumentException if it is absent or neither {@code True} nor {@code False}
     */
    public boolean flag(String name) {
        String text = text(name).orElseThrow(() -> missing(name)).toLowerCase(Locale.ROOT);
        if (text.equals("true")) {
            return true;
        }
        if (text.equals("false")) {
            return false;
        }
        throw invalid(name, "True or False");
    }

    /**
     * Returns an exception for a value the rule rejects, in the standard wording.
     *
     * @param name the parameter name
     * @param expected what was expected, such as {@code a number from 0 to 1}
     * @return the exception, naming the rule, the parameter and the value
     */
    public IllegalArgumentException invalid(String name, String expected) {
        return new IllegalArgumentException(String.format(Locale.ROOT, "parameter '%s' of rule %s must be %s: '%s'",
                name, ruleName, expected, values.getOrDefault(name, "")));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleParameters && ruleName.equals(((RuleParameters) other).ruleName)
                && values.equals(((RuleParameters) other).values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleName, values);
    }

    @Override
    public String toString() {
        return ruleName + new java.util.TreeMap<>(values);
    }

    private IllegalArgumentException missing(String name) {
        return new IllegalArgumentException(String.format(Locale.ROOT, "parameter '%s' of rule %s is required",
                name, ruleName));
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
