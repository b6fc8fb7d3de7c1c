// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.action;

/**
 * Asks a running training to stop after its current boosting round, with the captured data flushed; the jobs module
 * implements it. The StopTraining action calls it with the rule's configuration name as the reason.
 *
 * <p>Implementations are thread-safe, return at once (the stop happens later, between rounds) and are idempotent.
 */
@FunctionalInterface
public interface TrainingStopper {

    /**
     * Requests the stop.
     *
     * @param reason why, such as the name of the rule that fired
     */
    void requestStop(String reason);
}
