// SPDX-License-Identifier: Apache-2.0
/**
 * Benchmarks (JMH and measurement mains), never run by the test suite; commands and numbers are in
 * docs/benchmarks.md. Not API.
 */
@NullMarked
package dev.boostscope.benchmarks;

import org.jspecify.annotations.NullMarked;
