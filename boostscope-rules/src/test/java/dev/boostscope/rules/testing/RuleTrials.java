// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.rules.Finding;
import dev.boostscope.rules.RuleContext;
import dev.boostscope.rules.config.RuleFactory;
import dev.boostscope.rules.run.RuleInvoker;
import dev.boostscope.rules.run.RuleReport;
import dev.boostscope.testkit.FakeTrial;
import dev.boostscope.trial.TensorCollection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds XGBoost-like fake trials and runs built-in rules over them offline.
 *
 * <p>Not thread-safe.
 */
public final class RuleTrials {
    /** smdebug's include regex of the {@code metrics} collection. */
    public static final String METRICS_REGEX = "^[a-zA-z]+-[a-zA-z0-9]+$";

    private RuleTrials() {
    }

    /**
     * Returns a finished trial with one metric on train and validation, saved every {@code interval} steps from 0.
     *
     * @param metric the metric, such as {@code mlogloss}
     * @param interval the save interval
     * @param train the training values, one per saved step
     * @param validation the validation values, one per saved step
     * @return the trial, with a {@code metrics} collection
     */
    public static FakeTrial metrics(String metric, int interval, double[] train, double[] validation) {
        FakeTrial trial = FakeTrial.create();
        trial.addCollection(new TensorCollection("metrics", List.of(METRICS_REGEX), Set.of()));
        for (int i = 0; i < train.length; i++) {
            Map<String, Double> values = new TreeMap<>();
            values.put("train-" + metric, train[i]);
            values.put("validation-" + metric, validation[i]);
            trial.addScalars(i * interval, values);
        }
        trial.finish();
        return trial;
    }

    /**
     * Asserts a finding field by field, the value within 1e-9.
     *
     * @param actual the finding
     * @param expected the expected finding
     */
    public static void assertFinding(Finding actual, Finding expected) {
        assertThat(actual).usingRecursiveComparison()
                .withComparatorForType(Comparator.comparingDouble((Double d) -> Math.round(d * 1e9)), Double.class)
                .isEqualTo(expected);
    }

    /**
     * Creates a built-in rule and evaluates it over every step of a trial.
     *
     * @param trial the trial
     * @param rule the rule name
     * @param parameters the parameters
     * @return the report
     */
    public static RuleReport run(FakeTrial trial, String rule, Map<String, String> parameters) {
        return RuleInvoker.invoke(RuleFactory.create(rule, parameters), RuleContext.of(trial), 0, Integer.MAX_VALUE);
    }
}
