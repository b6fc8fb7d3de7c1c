// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.data;

/**
 * How LIBSVM feature indices map to columns.
 *
 * <p>XGBoost's own loader ({@code ?format=libsvm}) and therefore SageMaker's XGBoost take indices as written
 * ({@link #ZERO}): a 1-based file such as LIBSVM's {@code mnist.scale} (indices 1..784) gets 785 columns, column 0
 * empty. That is the default here too, so that column numbers and feature names ({@code f0}, {@code f1}, ...) match
 * what the same file gives in XGBoost.
 *
 * <p>Immutable.
 */
public enum IndexBase {
    /** Index {@code i} is column {@code i}; the same as XGBoost's loader. The default. */
    ZERO,
    /** Index {@code i} is column {@code i - 1}; index 0 is an error. */
    ONE,
    /**
     * Decided per file, like XGBoost's {@code indexing_mode=-1}: {@link #ONE} if the smallest index in the file is at
     * least 1, otherwise {@link #ZERO}.
     */
    AUTO
}
