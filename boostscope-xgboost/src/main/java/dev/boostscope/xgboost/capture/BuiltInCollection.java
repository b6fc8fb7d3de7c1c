// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.capture;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The collections the hook knows, with smdebug's names and Boostscope's default include regexes. Unlike smdebug's
 * (spec §3.4), these regexes drop no tensor the hook captures: {@code metrics} takes every {@code <eval>-<metric>}
 * ({@code validation_0-logloss}, {@code train-ndcg@5}, {@code train-poisson-nloglik}), {@code average_shap} takes
 * features ending in a, b, i or s, and {@code full_shap} is one tensor.
 *
 * <p>Immutable. Not API.
 */
public enum BuiltInCollection {
    /** Training parameters, {@code hyperparameters/<name>}, by default at step 0 only. */
    HYPERPARAMETERS("hyperparameters", "^hyperparameters/.+$"),
    /** Every evaluation result, {@code <eval>-<metric>}, float64 [1]; always included. */
    METRICS("metrics", "^[^/]+-[^/]+$"),
    /** The metrics that are losses: all but the maximised ones (auc, aucpr, map, ndcg, pre, with any {@code @k}). */
    LOSSES("losses", "^(?![^/]*-(?:auc|aucpr|map|ndcg|pre)(?:@[^/]*)?$)[^/]+-[^/]+$"),
    /** Predictions on the validation set, float32 (N) or (N, num_class). */
    PREDICTIONS("predictions", "^predictions$"),
    /** Labels of the validation set, float32 (N). */
    LABELS("labels", "^labels$"),
    /** {@code feature_importance/<type>/<feature>}, float64 [1], normalised to sum 1 per type. */
    FEATURE_IMPORTANCE("feature_importance", "^feature_importance/.+$"),
    /** {@code average_shap/<feature>}, float32 [1]: the mean SHAP value of the feature over the SHAP rows. */
    AVERAGE_SHAP("average_shap", "^average_shap/.+$"),
    /** {@code full_shap}: the whole SHAP matrix once, float32 (N, F+1) or (N, num_class, F+1). */
    FULL_SHAP("full_shap", "^full_shap$"),
    /** Which rows SHAP used, {@code shap_sample/<field>}; written once, with the first SHAP step. */
    SHAP_SAMPLE("shap_sample", "^shap_sample/.+$"),
    /** Every tree built in the round, {@code trees/<column>}, as XGBoost's {@code trees_to_dataframe}. */
    TREES("trees", "^trees/.+$"),
    /** smdebug's collection of the hook's own include regexes. */
    DEFAULT("default", null),
    /** Every tensor, when the hook saves all. */
    ALL("all", ".*");

    private final String collectionName;
    private final List<String> defaultRegex;

    BuiltInCollection(String collectionName, String regex) {
        this.collectionName = collectionName;
        this.defaultRegex = regex == null ? List.of() : List.of(regex);
    }

    /**
     * Returns the collection's name.
     *
     * @return the name smdebug uses
     */
    public String collectionName() {
        return collectionName;
    }

    /**
     * Returns the regexes selecting the collection's tensors when none are configured.
     *
     * @return the regexes; empty for {@link #DEFAULT}, which the hook's include regexes fill
     */
    public List<String> defaultRegex() {
        return defaultRegex;
    }

    /**
     * Returns whether the hook computes tensors for this collection (all but {@link #DEFAULT} and {@link #ALL}).
     *
     * @return true for collections with a producer
     */
    public boolean hasProducer() {
        return this != DEFAULT && this != ALL;
    }

    /**
     * Finds a built-in collection by name.
     *
     * @param name the name
     * @return the collection, or empty if the name is not built in
     */
    public static Optional<BuiltInCollection> byName(String name) {
        return Arrays.stream(values()).filter(c -> c.collectionName.equals(name)).findFirst();
    }

    /**
     * Returns the built-in names, for messages.
     *
     * @return the names joined by ", "
     */
    public static String names() {
        return Arrays.stream(values()).map(BuiltInCollection::collectionName).collect(Collectors.joining(", "));
    }
}
