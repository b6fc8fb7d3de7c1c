// SPDX-License-Identifier: Apache-2.0
/**
 * The smdebug-compatible on-disk format: TFRecord framing ({@link dev.boostscope.core.format.TfRecords}), tensor
 * events ({@link dev.boostscope.core.format.EventCodec}, {@link dev.boostscope.core.format.EventFiles}), index and
 * collections JSON ({@link dev.boostscope.core.format.IndexFile}, {@link dev.boostscope.core.format.CollectionsFile}),
 * the key layout ({@link dev.boostscope.core.format.TrialLayout}), the synchronous
 * {@link dev.boostscope.core.format.TrialWriter} and TensorBoard scalar files
 * ({@link dev.boostscope.core.format.TensorBoardFiles}); {@link dev.boostscope.core.format.JsonSyntaxErrors} words
 * JSON parse errors of user-written files. API, described as a contract in docs/format.md; readers throw
 * {@link dev.boostscope.core.FormatException} for corrupt input or a newer format version.
 */
@NullMarked
package dev.boostscope.core.format;

import org.jspecify.annotations.NullMarked;
