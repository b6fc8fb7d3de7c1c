// SPDX-License-Identifier: Apache-2.0
/**
 * The dashboard's catalog of runs: training jobs of the jobs home and trials found under the trial roots, each under a
 * stable URL-safe id. Not API: public only for the dashboard's other packages.
 */
@NullMarked
package dev.boostscope.app.dashboard.runs;

import org.jspecify.annotations.NullMarked;
