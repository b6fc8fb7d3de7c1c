// SPDX-License-Identifier: Apache-2.0
/**
 * A job's file-backed state machine: the status and its transitions ({@link dev.boostscope.jobs.state.JobStatus}),
 * the job folder with its atomically replaced files ({@link dev.boostscope.jobs.state.JobDirectory}), and the check
 * that marks a dead job Failed ({@link dev.boostscope.jobs.state.JobLiveness}). API.
 */
@NullMarked
package dev.boostscope.jobs.state;

import org.jspecify.annotations.NullMarked;
