// SPDX-License-Identifier: Apache-2.0
/**
 * Not API: computes a step's tensors on the training thread (metrics, predictions, labels, feature importance, SHAP,
 * trees, hyperparameters) and copies them into a {@link dev.boostscope.xgboost.capture.StepSnapshot}, deciding by the
 * collections' save configurations and regexes what a step holds. The public types here exist only for
 * {@code dev.boostscope.xgboost}; their signatures may change without notice.
 */
@NullMarked
package dev.boostscope.xgboost.capture;

import org.jspecify.annotations.NullMarked;
