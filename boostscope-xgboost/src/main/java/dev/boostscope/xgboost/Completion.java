// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

/**
 * How training ended.
 *
 * <p>Immutable.
 */
public enum Completion {
    /** All requested rounds ran. */
    COMPLETED,
    /** Early stopping ended training. */
    EARLY_STOPPED,
    /** A {@link StopSignal} ended training after a round. */
    STOPPED
}
