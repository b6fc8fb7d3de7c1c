// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import java.util.Objects;

/**
 * A feature's score: an importance, or a SHAP magnitude.
 *
 * <p>Immutable.
 *
 * @param feature the feature's name, as it came from the data
 * @param value the score
 */
public record FeatureScore(String feature, double value) {

    /**
     * Validates.
     *
     * @param feature the feature's name
     * @param value the score
     */
    public FeatureScore {
        Objects.requireNonNull(feature, "feature");
    }
}
