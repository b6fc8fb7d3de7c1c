// SPDX-License-Identifier: Apache-2.0
/**
 * Runnable examples of Boostscope's API, compiled and run by the tests; the snippets in the docs are copied from here.
 */
@NullMarked
package dev.boostscope.examples;

import org.jspecify.annotations.NullMarked;
