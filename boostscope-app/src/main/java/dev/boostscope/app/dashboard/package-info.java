// SPDX-License-Identifier: Apache-2.0
/**
 * The live web dashboard: {@link dev.boostscope.app.dashboard.Dashboard#create} with a
 * {@link dev.boostscope.app.dashboard.DashboardConfig} serves JSON endpoints, server-sent step events and a static page
 * from the jar. API: {@code Dashboard} and {@code DashboardConfig}; everything else here is package-private.
 */
@NullMarked
package dev.boostscope.app.dashboard;

import org.jspecify.annotations.NullMarked;
