// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

/**
 * Receives a {@link Trial}'s complete steps as they land.
 *
 * <p>Implementations need not be thread-safe: a trial never calls one listener concurrently.
 */
public interface StepListener {

    /**
     * Called once for each newly complete global step, in ascending order.
     *
     * @param trial the trial
     * @param step the global step
     */
    void onStep(Trial trial, int step);

    /**
     * Called once when the trial has loaded all steps (training ended); no step follows.
     *
     * @param trial the trial
     */
    default void onEnd(Trial trial) {
    }
}
