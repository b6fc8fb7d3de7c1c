// SPDX-License-Identifier: Apache-2.0
/**
 * The analysis API: {@link dev.boostscope.trial.Trial}, {@link dev.boostscope.trial.Tensor} and step subscriptions,
 * for reading a training run while it is written. API.
 */
@NullMarked
package dev.boostscope.trial;

import org.jspecify.annotations.NullMarked;
