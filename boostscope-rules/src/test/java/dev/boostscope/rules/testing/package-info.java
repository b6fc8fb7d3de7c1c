// SPDX-License-Identifier: Apache-2.0
/** Test helpers of the rules module: a manual clock and XGBoost-like fake trials. */
@NullMarked
package dev.boostscope.rules.testing;

import org.jspecify.annotations.NullMarked;
