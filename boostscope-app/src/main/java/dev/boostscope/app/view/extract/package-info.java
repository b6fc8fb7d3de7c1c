// SPDX-License-Identifier: Apache-2.0
/**
 * Builds the view models of {@code dev.boostscope.app.view.model} from a {@link dev.boostscope.trial.Trial}, using
 * only its public interface. API: {@link dev.boostscope.app.view.extract.RunSnapshots}.
 */
@NullMarked
package dev.boostscope.app.view.extract;

import org.jspecify.annotations.NullMarked;
