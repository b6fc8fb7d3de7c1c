// SPDX-License-Identifier: Apache-2.0
/**
 * The smdebug-compatible on-disk format: TFRecord framing ({@link dev.boostscope.core.format.TfRecords}), tensor
 * events ({@link dev.boostscope.core.format.EventCodec}), index and collections JSON, the key layout
 * ({@link dev.boostscope.core.format.TrialLayout}) and the synchronous {@link dev.boostscope.core.format.TrialWriter}.
 * API, described as a contract in docs/format.md.
 */
@NullMarked
package dev.boostscope.core.format;

import org.jspecify.annotations.NullMarked;
