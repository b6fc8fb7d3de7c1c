// SPDX-License-Identifier: Apache-2.0
/**
 * Training data for XGBoost4J: fast LIBSVM and CSV readers (plain or gzip) into an immutable {@link
 * dev.boostscope.xgboost.data.Dataset} that converts to a {@code DMatrix}, and the MNIST subset bundled with Boostscope
 * ({@link dev.boostscope.xgboost.data.BundledMnist}). API: {@code Dataset}, {@code DatasetReader}, {@code ReadOptions},
 * {@code InputFormat}, {@code IndexBase}, {@code InputFormatException}, {@code BundledMnist}; the rest is
 * package-private.
 */
@NullMarked
package dev.boostscope.xgboost.data;

import org.jspecify.annotations.NullMarked;
