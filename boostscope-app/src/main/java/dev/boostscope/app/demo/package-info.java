// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code boostscope demo} flow: the notebook's training job on MNIST, its status, its trial read while it trains,
 * the confusion matrix drawn as steps land, and the summary.
 */
@NullMarked
package dev.boostscope.app.demo;

import org.jspecify.annotations.NullMarked;
