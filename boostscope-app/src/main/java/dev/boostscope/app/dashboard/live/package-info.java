// SPDX-License-Identifier: Apache-2.0
/**
 * Live runs: one shared {@link dev.boostscope.trial.Trial} per open run, its step subscription fanned out to the
 * pages that watch the run, job status changes polled and pushed, and idle runs closed. Not API: public for the
 * dashboard's packages.
 */
@NullMarked
package dev.boostscope.app.dashboard.live;

import org.jspecify.annotations.NullMarked;
