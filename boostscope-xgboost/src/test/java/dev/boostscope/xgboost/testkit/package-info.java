// SPDX-License-Identifier: Apache-2.0
/** Test fixtures of the hook's tests: synthetic data, storages that fail on demand, and a trial read-back helper. */
@NullMarked
package dev.boostscope.xgboost.testkit;

import org.jspecify.annotations.NullMarked;
