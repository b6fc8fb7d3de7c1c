// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.rules.Finding;
import dev.boostscope.rules.run.RuleReport;
import dev.boostscope.rules.testing.RuleTrials;
import dev.boostscope.testkit.FakeTrial;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

final class FeatureImportanceOverweightTest {

    @Test
    void invoke_threeFeaturesDominate_fires() {
        FakeTrial trial = FakeTrial.create();
        trial.addScalars(0, Map.of("feature_importance/weight/f0", 0.7, "feature_importance/weight/f1", 0.15,
                "feature_importance/weight/f2", 0.1, "feature_importance/weight/f3", 0.05,
                "feature_importance/gain/f3", 0.9)).finish();

        RuleReport report = RuleTrials.run(trial, "FeatureImportanceOverweight", Map.of());

        assertThat(report.findings()).containsExactly(new Finding("feature_importance/weight/f0", 0.95, 0.8, 0,
                "the 3 largest of 4 feature importances (f0 0.7, f1 0.15, f2 0.1) hold 0.95 of the total at step 0, "
                        + "above threshold 0.8"));
    }

    @Test
    void invoke_importanceSpread_staysSilent() {
        FakeTrial trial = FakeTrial.create();
        Map<String, Double> importances = new TreeMap<>();
        for (int feature = 0; feature < 8; feature++) {
            importances.put("feature_importance/weight/f" + feature, 0.125);
        }
        trial.addScalars(0, importances).addScalars(3, importances).finish();

        RuleReport report = RuleTrials.run(trial, "FeatureImportanceOverweight", Map.of());

        assertThat(report.findings()).isEmpty();
        assertThat(report.evaluatedSteps()).containsExactly(0, 3);
    }
}
