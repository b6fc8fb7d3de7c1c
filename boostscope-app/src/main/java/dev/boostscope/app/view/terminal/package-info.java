// SPDX-License-Identifier: Apache-2.0
/**
 * The terminal view of a run: latest metrics with a sparkline and the confusion matrix as text, optionally coloured
 * with ANSI escapes, redrawn in place as steps land. API: {@link dev.boostscope.app.view.terminal.TerminalView}.
 */
@NullMarked
package dev.boostscope.app.view.terminal;

import org.jspecify.annotations.NullMarked;
