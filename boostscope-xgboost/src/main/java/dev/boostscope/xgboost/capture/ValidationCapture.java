// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.capture;

import dev.boostscope.core.NdArray;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.jspecify.annotations.Nullable;

/**
 * Predictions and labels on the validation set. Predicting on an eval set is cheap: the booster keeps a prediction
 * cache for every matrix it evaluates. The labels do not change and are copied once.
 *
 * <p>Not thread-safe: used on the training thread.
 */
final class ValidationCapture {
    private final DMatrix validation;
    private @Nullable NdArray labels;

    ValidationCapture(DMatrix validation) {
        this.validation = validation;
    }

    NdArray predictions(Booster booster) throws XGBoostError {
        float[][] predicted = booster.predict(validation);
        int rows = predicted.length;
        int width = rows == 0 ? 1 : predicted[0].length;
        float[] flat = new float[rows * width];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(predicted[i], 0, flat, i * width, width);
        }
        return width == 1 ? NdArray.ofFloats(flat, rows) : NdArray.ofFloats(flat, rows, width);
    }

    NdArray labels() throws XGBoostError {
        if (labels == null) {
            float[] values = validation.getLabel();
            labels = NdArray.ofFloats(values, values.length);
        }
        return labels;
    }
}
