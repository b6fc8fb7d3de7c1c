// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

/**
 * Whether a step can be read, as smdebug's {@code StepState}.
 *
 * <p>Immutable.
 */
public enum StepState {
    /** The step is complete and readable. */
    AVAILABLE,
    /** The step was not saved and never will be. */
    UNAVAILABLE,
    /** The step may still arrive. */
    NOT_YET_AVAILABLE
}
