// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.capture;

import java.time.InstantSource;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a run captures.
 *
 * @param collections the included collections, with their effective regexes and save configurations
 * @param shap which rows SHAP uses
 * @param hyperparameters the training parameters to save in {@code hyperparameters}
 * @param clock the clock of the events' wall times
 *
 * <p>Immutable. Not API.
 */
public record CaptureSettings(List<CollectionPlan> collections, ShapSettings shap,
        Map<String, Object> hyperparameters, InstantSource clock) {

    /**
     * Validates and copies.
     *
     * @param collections the collections
     * @param shap the SHAP rows
     * @param hyperparameters the parameters
     * @param clock the clock
     */
    public CaptureSettings {
        collections = List.copyOf(collections);
        Objects.requireNonNull(shap, "shap");
        hyperparameters = Collections.unmodifiableMap(new LinkedHashMap<>(hyperparameters));
        Objects.requireNonNull(clock, "clock");
    }
}
