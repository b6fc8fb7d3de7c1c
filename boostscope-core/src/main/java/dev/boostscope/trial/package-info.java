// SPDX-License-Identifier: Apache-2.0
/**
 * The analysis API: {@link dev.boostscope.trial.Trial}, {@link dev.boostscope.trial.Tensor} and step subscriptions,
 * for reading a training run while it is written, opened with {@link dev.boostscope.trial.Trials}. The public types are
 * API; the reader behind them (index tailer, completion, value reads) is package-private, described in
 * docs/architecture.md.
 */
@NullMarked
package dev.boostscope.trial;

import org.jspecify.annotations.NullMarked;
