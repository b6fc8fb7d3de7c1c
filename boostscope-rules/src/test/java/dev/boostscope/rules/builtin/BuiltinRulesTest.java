// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.rules.ParameterSpec;
import dev.boostscope.rules.RuleDefinition;
import dev.boostscope.rules.config.RuleFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class BuiltinRulesTest {

    @Test
    void definitions_catalogue_listsTheTwelveXgboostRulesSorted() {
        assertThat(BuiltinRules.definitions()).extracting(RuleDefinition::name).containsExactly("AllZero",
                "ClassImbalance", "Confusion", "FeatureImportanceOverweight", "LossNotDecreasing", "Overfit",
                "Overtraining", "SimilarAcrossRuns", "StalledTrainingRule", "TensorVariance", "TreeDepth",
                "UnchangedTensor");
    }

    @Test
    void definitions_everyParameter_hasADescriptionAndAUniqueName() {
        for (RuleDefinition definition : BuiltinRules.definitions()) {
            assertThat(definition.parameters()).extracting(ParameterSpec::name).doesNotHaveDuplicates();
            assertThat(definition.description()).isNotBlank();
        }
    }

    @Test
    void create_defaultsOnly_buildsRulesThatNeedNoRequiredParameter() {
        for (String name : List.of("ClassImbalance", "Confusion", "FeatureImportanceOverweight",
                "LossNotDecreasing", "Overfit", "Overtraining", "StalledTrainingRule", "TreeDepth")) {
            assertThat(RuleFactory.create(name, Map.of()).name()).isEqualTo(name);
        }
    }

    @Test
    void create_unknownRuleOrParameter_namesItAndTheKnownOnes() {
        assertThatThrownBy(() -> RuleFactory.create("Overfitt", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown rule 'Overfitt' (built-in rules: AllZero, ClassImbalance, Confusion, "
                        + "FeatureImportanceOverweight, LossNotDecreasing, Overfit, Overtraining, SimilarAcrossRuns, "
                        + "StalledTrainingRule, TensorVariance, TreeDepth, UnchangedTensor; a user rule needs a jar)");
        assertThatThrownBy(() -> RuleFactory.create("Overfit", Map.of("patiense", "2")))
                .hasMessage("unknown parameter 'patiense' for rule Overfit (known: tensor_regex, start_step, "
                        + "patience, ratio_threshold)");
        assertThatThrownBy(() -> RuleFactory.create("ClassImbalance", Map.of("argmax", "yes")))
                .hasMessage("parameter 'argmax' of rule ClassImbalance must be True or False: 'yes'");
        assertThatThrownBy(() -> RuleFactory.create("SimilarAcrossRuns", Map.of()))
                .hasMessage("parameter 'other_trial' of rule SimilarAcrossRuns is required");
    }

    @Test
    void impliesStopTraining_stalledRuleWithFlag_isTrue() {
        assertThat(BuiltinRules.impliesStopTraining("StalledTrainingRule", Map.of("stop_training_on_fire", "True")))
                .isTrue();
        assertThat(BuiltinRules.impliesStopTraining("StalledTrainingRule", Map.of())).isFalse();
        assertThat(BuiltinRules.impliesStopTraining("Overfit", Map.of("stop_training_on_fire", "True"))).isFalse();
    }
}
