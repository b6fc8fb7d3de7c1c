// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import java.util.Objects;

/**
 * One class's precision, recall and F1, with its support.
 *
 * <p>Immutable.
 *
 * @param label the class label
 * @param scores the class's scores
 * @param support how many rows have this true class
 */
public record ClassScores(String label, Scores scores, int support) {

    /**
     * Validates.
     *
     * @param label the class label
     * @param scores the scores
     * @param support the support, not negative
     */
    public ClassScores {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(scores, "scores");
        if (support < 0) {
            throw new IllegalArgumentException("support must not be negative: " + support);
        }
    }
}
