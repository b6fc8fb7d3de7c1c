// SPDX-License-Identifier: Apache-2.0
/**
 * Benchmarks: JMH benchmarks ({@code *Benchmark}, each with its run command in its javadoc) and whole-run
 * measurements ({@code *Bench} main classes) whose unit is a complete training run. Never run by the tests; results go
 * to {@code docs/benchmarks.md}. Not API.
 */
@NullMarked
package dev.boostscope.benchmarks;

import org.jspecify.annotations.NullMarked;
