// SPDX-License-Identifier: Apache-2.0
/**
 * JMH benchmarks, one {@code *Benchmark} class per concern, each with its run command in its javadoc. Never run by the
 * tests; results go to {@code docs/benchmarks.md}. Not API.
 */
@NullMarked
package dev.boostscope.benchmarks;

import org.jspecify.annotations.NullMarked;
