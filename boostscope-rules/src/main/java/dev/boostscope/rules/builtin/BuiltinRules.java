// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import dev.boostscope.rules.RuleDefinition;
import dev.boostscope.rules.RuleParameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of built-in rules, SageMaker Debugger's rules that apply to XGBoost, with their SageMaker parameter
 * names and defaults (see {@code docs/rules.md}).
 *
 * <p>Thread-safe.
 */
public final class BuiltinRules {
    private static final List<RuleDefinition> DEFINITIONS = List.of(
            AllZero.definition(),
            ClassImbalance.definition(),
            Confusion.definition(),
            FeatureImportanceOverweight.definition(),
            LossNotDecreasing.definition(),
            Overfit.definition(),
            Overtraining.definition(),
            SimilarAcrossRuns.definition(),
            StalledTrainingRule.definition(),
            TensorVariance.definition(),
            TreeDepth.definition(),
            UnchangedTensor.definition());

    private BuiltinRules() {
    }

    /**
     * Returns every built-in rule's definition, sorted by name.
     *
     * @return the definitions
     */
    public static List<RuleDefinition> definitions() {
        return DEFINITIONS;
    }

    /**
     * Returns a built-in rule's definition by name (exact case, as SageMaker's {@code rule_to_invoke}).
     *
     * @param name the rule name, such as {@code Overfit}
     * @return the definition; empty if no built-in has that name
     */
    public static Optional<RuleDefinition> find(String name) {
        return DEFINITIONS.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /**
     * Returns whether a rule's parameters ask the runner to stop training when it fires, as
     * StalledTrainingRule's {@code stop_training_on_fire} does.
     *
     * @param ruleName the rule name
     * @param parameters the parameters as given (defaults not applied)
     * @return true if a StopTraining action is implied
     * @throws IllegalArgumentException if the flag is present and not a boolean
     */
    public static boolean impliesStopTraining(String ruleName, Map<String, String> parameters) {
        if (!StalledTrainingRule.NAME.equals(ruleName)
                || !parameters.containsKey(StalledTrainingRule.STOP_TRAINING_ON_FIRE)) {
            return false;
        }
        return RuleParameters.of(ruleName, parameters).flag(StalledTrainingRule.STOP_TRAINING_ON_FIRE);
    }
}
