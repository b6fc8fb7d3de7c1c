// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.run;

/**
 * Receives each rule's status when it changes; the jobs module persists them in the job's status file.
 *
 * <p>Implementations are thread-safe: rules run on their own threads, so calls for different rules may overlap.
 * Calls for one rule come in order.
 */
@FunctionalInterface
public interface RuleStatusListener {

    /**
     * Called when a rule's status changes (first InProgress, then one final status).
     *
     * @param status the new status
     */
    void onStatus(RuleStatus status);
}
