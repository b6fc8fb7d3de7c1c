// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.action;

/**
 * Something done when a rule fires: stop the training, call a webhook, write a log line. Built from an
 * {@link ActionSpec} by {@link Actions}.
 *
 * <p>Implementations are thread-safe and never block the caller on I/O: slow work goes to a background executor.
 */
public interface RuleAction {

    /**
     * Acts on a fired rule. Failures are the action's to log; a runtime exception is logged by the runner and does
     * not change the rule's status.
     *
     * @param alert the rule that fired and its finding
     */
    void onFired(RuleAlert alert);

    /**
     * Returns the configured form of this action.
     *
     * @return the spec
     */
    ActionSpec spec();
}
