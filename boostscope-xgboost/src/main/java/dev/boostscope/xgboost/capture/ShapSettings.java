// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.capture;

/**
 * Which training rows SHAP values are computed on.
 *
 * @param sampleRows the sample size when not on the full data, positive
 * @param seed the sample's seed
 * @param fullData true to use every row
 *
 * <p>Immutable. Not API.
 */
public record ShapSettings(int sampleRows, long seed, boolean fullData) {

    /**
     * Validates.
     *
     * @param sampleRows the sample size
     * @param seed the seed
     * @param fullData whether every row is used
     */
    public ShapSettings {
        if (sampleRows <= 0) {
            throw new IllegalArgumentException("SHAP sample rows must be positive: " + sampleRows);
        }
    }
}
