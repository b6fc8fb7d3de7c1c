// SPDX-License-Identifier: Apache-2.0
/**
 * Boostscope's shared vocabulary: tensor values ({@link dev.boostscope.core.NdArray},
 * {@link dev.boostscope.core.DType}), {@link dev.boostscope.core.Mode} and the exception hierarchy rooted at
 * {@link dev.boostscope.core.BoostscopeException}. All API.
 */
@NullMarked
package dev.boostscope.core;

import org.jspecify.annotations.NullMarked;
