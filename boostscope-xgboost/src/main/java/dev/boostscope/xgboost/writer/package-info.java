// SPDX-License-Identifier: Apache-2.0
/**
 * Not API: the hook's background writer, which encodes step snapshots and writes them through
 * {@link dev.boostscope.core.format.TrialWriter} off the training thread, with a bounded queue, bounded retries and
 * failure containment. The public types here exist only for {@code dev.boostscope.xgboost}.
 */
@NullMarked
package dev.boostscope.xgboost.writer;

import org.jspecify.annotations.NullMarked;
