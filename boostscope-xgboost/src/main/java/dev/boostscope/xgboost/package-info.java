// SPDX-License-Identifier: Apache-2.0
/**
 * The XGBoost hook's API: {@link dev.boostscope.xgboost.DebugTraining} runs XGBoost4J's boosting loop and captures
 * smdebug-compatible collections as configured by {@link dev.boostscope.xgboost.HookConfig}
 * ({@link dev.boostscope.xgboost.SaveConfig}, {@link dev.boostscope.xgboost.CollectionConfig}); the
 * {@link dev.boostscope.xgboost.TrainingResult} reports the outcome and {@link dev.boostscope.xgboost.HookStatistics}.
 * Everything public here is API; the sub-packages {@code capture} and {@code writer} are not.
 */
@NullMarked
package dev.boostscope.xgboost;

import org.jspecify.annotations.NullMarked;
