// SPDX-License-Identifier: Apache-2.0
/** Test helpers of the rules module: XGBoost-like fake trials and finding assertions. */
@NullMarked
package dev.boostscope.rules.testing;

import org.jspecify.annotations.NullMarked;
