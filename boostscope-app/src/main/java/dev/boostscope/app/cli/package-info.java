// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code boostscope} command line (picocli): one class per command. Not API: the commands' text is.
 */
@NullMarked
package dev.boostscope.app.cli;

import org.jspecify.annotations.NullMarked;
