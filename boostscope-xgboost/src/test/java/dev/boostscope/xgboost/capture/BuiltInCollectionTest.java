// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.capture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.format.SaveConfigEntry;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Collection membership by the built-in regexes, without smdebug's silent drops (spec §3.4). */
final class BuiltInCollectionTest {
    private static final CollectionIndex INDEX = new CollectionIndex(Arrays.stream(BuiltInCollection.values())
            .filter(c -> c != BuiltInCollection.DEFAULT && c != BuiltInCollection.ALL)
            .map(c -> new CollectionPlan(c.collectionName(), c.defaultRegex(),
                    new SaveConfigEntry(1, List.of(), 0, OptionalLong.empty())))
            .toList());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "train-rmse|metrics losses",
        "validation_0-logloss|metrics losses",
        "train-poisson-nloglik|metrics losses",
        "validation-auc|metrics",
        "validation-aucpr|metrics",
        "train-ndcg@5|metrics",
        "train-ndcg@5-|metrics",
        "train-map@3|metrics",
        "train-mape|metrics losses",
        "train-merror|metrics losses",
        "my-eval-auc|metrics",
        "predictions|predictions",
        "labels|labels",
        "hyperparameters/eta|hyperparameters",
        "feature_importance/gain/capital-loss|feature_importance",
        "average_shap/class|average_shap",
        "average_shap/area|average_shap",
        "full_shap|full_shap",
        "shap_sample/row_indices|shap_sample",
        "trees/Gain|trees",
    })
    void membersOf_tensorName_belongsToExactlyTheseCollections(String name, String collections) {
        assertThat(INDEX.membersOf(name)).containsExactlyInAnyOrder(collections.split(" "));
    }
}
