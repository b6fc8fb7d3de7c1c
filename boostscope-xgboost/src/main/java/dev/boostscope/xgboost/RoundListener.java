// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

/**
 * Called on the training thread after each round (after its evaluation and capture), for progress, heartbeats or
 * custom stopping. It should return quickly: boosting waits for it. An exception it throws ends training (the hook is
 * still flushed and closed) and propagates to the caller.
 */
@FunctionalInterface
public interface RoundListener {

    /**
     * Receives a completed round.
     *
     * @param round the round's metrics and timing
     */
    void afterRound(RoundInfo round);
}
