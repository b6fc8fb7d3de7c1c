// SPDX-License-Identifier: Apache-2.0
/**
 * The debugger for XGBoost4J-Spark: {@link dev.boostscope.spark.SparkDebugger} fits an {@code XGBoostClassifier},
 * {@code XGBoostRegressor} or {@code XGBoostRanker} with the Boostscope hook running inside every Spark barrier task,
 * so each XGBoost worker writes its own {@code worker_<rank>} stream into one smdebug trial. Only
 * {@code SparkDebugger} is API; everything else here is package-private.
 */
@NullMarked
package dev.boostscope.spark;

import org.jspecify.annotations.NullMarked;
