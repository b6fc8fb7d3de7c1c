// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.testkit;

import java.util.Random;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/** Small seeded datasets that train in milliseconds: few features, learnable labels. */
public final class SyntheticData {
    private SyntheticData() {
    }

    /**
     * Returns a dense matrix whose label depends on a few features.
     *
     * @param rows the rows
     * @param features the features
     * @param classes 1 for regression, 2 for binary 0/1 labels, more for class indices
     * @param seed the seed
     * @return the matrix; the caller disposes it
     * @throws XGBoostError if XGBoost fails
     */
    public static DMatrix matrix(int rows, int features, int classes, long seed) throws XGBoostError {
        Random random = new Random(seed);
        float[] data = new float[rows * features];
        float[] labels = new float[rows];
        for (int i = 0; i < rows; i++) {
            double score = 0;
            for (int j = 0; j < features; j++) {
                float value = random.nextFloat();
                data[i * features + j] = value;
                score += value * ((j % 4) - 1.5);
            }
            score += random.nextGaussian() * 0.2;
            labels[i] = label(score, features, classes);
        }
        DMatrix matrix = new DMatrix(data, rows, features, Float.NaN);
        matrix.setLabel(labels);
        return matrix;
    }

    private static float label(double score, int features, int classes) {
        if (classes == 1) {
            return (float) score;
        }
        double scaled = (score / features + 0.5) * classes;
        return (float) Math.max(0, Math.min(classes - 1, Math.floor(scaled)));
    }
}
