// SPDX-License-Identifier: Apache-2.0
/**
 * JMH benchmarks of the on-disk format: writing events to a local folder against a plain {@code FileOutputStream}, and
 * decoding tensors. Not API; never run by surefire.
 */
@NullMarked
package dev.boostscope.benchmarks.format;

import org.jspecify.annotations.NullMarked;
