// SPDX-License-Identifier: Apache-2.0
/**
 * The dashboard's JSON: the records its endpoints return (the wire format, documented in {@code docs/dashboard.md}),
 * and {@link dev.boostscope.app.dashboard.api.RunViews}, which computes them from a trial so that the CLI's
 * {@code --json} outputs can share them. API: the records' JSON shape.
 */
@NullMarked
package dev.boostscope.app.dashboard.api;

import org.jspecify.annotations.NullMarked;
