// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.capture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.format.SaveConfigEntry;
import dev.boostscope.core.format.TensorRecord;
import dev.boostscope.xgboost.testkit.CapturedLogs;
import dev.boostscope.xgboost.testkit.SyntheticData;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The full_shap size limit (64 Mi values in the hook), lowered through the package-private knob so that a 50-row
 * sample of 5 features (50 x 6 = 300 values) crosses it: above it a step holds average_shap and shap_sample but no
 * full_shap, and one warning says why and which sample would fit.
 */
@DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
final class FullShapLimitTest {
    private static final int SAMPLE_ROWS = 50;
    private static final List<String> AVERAGE = List.of("average_shap/f0", "average_shap/f1", "average_shap/f2",
            "average_shap/f3", "average_shap/f4");

    private CapturedLogs logs;
    private DMatrix train;
    private Booster booster;

    @BeforeEach
    void setUp() throws XGBoostError {
        train = SyntheticData.matrix(200, 5, 2, 7);
        Map<String, Object> params = new HashMap<>();
        params.put("objective", "binary:logistic");
        params.put("max_depth", 2);
        params.put("max_bin", 16);
        params.put("nthread", 1);
        booster = XGBoost.train(train, params, 3, Map.of(), null, null);
        logs = CapturedLogs.of("dev.boostscope.xgboost");
    }

    @AfterEach
    void tearDown() {
        logs.close();
        booster.dispose();
        train.dispose();
    }

    private static CaptureSettings everyStep(BuiltInCollection... collections) {
        SaveConfigEntry always = new SaveConfigEntry(1, List.of(), 0, OptionalLong.empty());
        List<CollectionPlan> plans = new ArrayList<>();
        for (BuiltInCollection collection : collections) {
            plans.add(new CollectionPlan(collection.collectionName(), collection.defaultRegex(), always));
        }
        return new CaptureSettings(plans, new ShapSettings(SAMPLE_ROWS, 0, false), Map.of(), InstantSource.system());
    }

    private List<String> namesAt(StepCapture capture, long step) throws XGBoostError {
        return capture.capture(step, booster, Map.of()).orElseThrow().records().stream().map(TensorRecord::name)
                .toList();
    }

    @Test
    void capture_fullShapAboveTheLimit_keepsAverageAndSampleAndWarnsOnce() throws XGBoostError {
        CaptureSettings settings = everyStep(BuiltInCollection.AVERAGE_SHAP, BuiltInCollection.FULL_SHAP,
                BuiltInCollection.SHAP_SAMPLE);
        try (StepCapture capture = StepCapture.open(settings, train, Map.of(), 299)) {
            assertThat(namesAt(capture, 0)).doesNotContain("full_shap").containsAll(AVERAGE)
                    .contains("shap_sample/row_count", "shap_sample/row_indices", "shap_sample/columns");
            assertThat(namesAt(capture, 1)).containsExactlyElementsOf(AVERAGE);
        }

        assertThat(logs.records()).singleElement().satisfies(record -> assertThat(record.getMessage()).isEqualTo(
                "boostscope hook: full_shap not saved: the SHAP matrix of 50 rows x 6 values (300) exceeds the "
                        + "limit of 299 values; average_shap and shap_sample are still saved; for full SHAP use a "
                        + "sample of at most 49 rows (shapSampleRows, boostscope.shap_sample_rows)"));
    }

    @Test
    void capture_fullShapAtTheLimit_isSavedWithoutWarning() throws XGBoostError {
        CaptureSettings settings = everyStep(BuiltInCollection.FULL_SHAP);
        try (StepCapture capture = StepCapture.open(settings, train, Map.of(), SAMPLE_ROWS * 6)) {
            TensorRecord full = capture.capture(0, booster, Map.of()).orElseThrow().records().stream()
                    .filter(r -> r.name().equals("full_shap")).findFirst().orElseThrow();

            assertThat(full.value().shape()).containsExactly(SAMPLE_ROWS, 6);
        }
        assertThat(logs.records()).isEmpty();
    }

    @Test
    void maxFullValues_hookDefault_is64MiValues() {
        assertThat(ShapCapture.MAX_FULL_VALUES).isEqualTo(64L * 1024 * 1024);
    }
}
