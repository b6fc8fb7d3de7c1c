// SPDX-License-Identifier: Apache-2.0
/**
 * SageMaker Debugger's built-in rules for XGBoost, reimplemented from their public parameters and conditions:
 * {@link dev.boostscope.rules.builtin.BuiltinRules} lists them; the implementations are package-private.
 */
@NullMarked
package dev.boostscope.rules.builtin;

import org.jspecify.annotations.NullMarked;
