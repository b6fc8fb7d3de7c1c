// SPDX-License-Identifier: Apache-2.0
/**
 * The job process: how it is launched ({@link dev.boostscope.jobs.process.JobLauncher}), its entry point
 * ({@link dev.boostscope.jobs.process.JobMain}) and, package-private, the state machine it runs, its heartbeat and
 * stop watch, input staging, training and model output. Not API, except {@code LaunchOptions}.
 */
@NullMarked
package dev.boostscope.jobs.process;

import org.jspecify.annotations.NullMarked;
