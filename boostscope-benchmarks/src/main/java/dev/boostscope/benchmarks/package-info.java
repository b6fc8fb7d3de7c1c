// SPDX-License-Identifier: Apache-2.0
/**
 * Benchmarks: JMH benchmarks ({@code *Benchmark}) and whole-run measurements ({@code *Bench} main classes) whose unit
 * is a complete training run. Never run by surefire.
 */
@NullMarked
package dev.boostscope.benchmarks;

import org.jspecify.annotations.NullMarked;
