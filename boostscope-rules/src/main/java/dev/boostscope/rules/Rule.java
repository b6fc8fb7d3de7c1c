// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules;

/**
 * A check on a trial's saved tensors, evaluated step by step (smdebug's {@code Rule}): the built-in rules and user
 * rules implement it.
 *
 * <p>A rule whose condition holds returns {@link RuleResult#fired}; it never throws to signal that. It throws
 * {@link dev.boostscope.core.RuleException} when it cannot be evaluated (a tensor of the wrong shape, a bad value).
 * {@link dev.boostscope.core.StepUnavailableException} and {@link dev.boostscope.core.TensorUnavailableException} from
 * the trial may pass through: the step is then skipped, as smdebug's {@code invoke_rule} does. A rule throws
 * {@code TensorUnavailableException} itself when none of its inputs was saved at the step, so that the step counts as
 * skipped rather than evaluated.
 *
 * <p>Evaluation contract: one rule instance is evaluated by one thread at a time, at ascending complete steps, so a
 * rule may keep state between steps (a patience counter, a schedule) without synchronisation. An instance serves one
 * trial once; create a new one for another run.
 *
 * <p>Implementations need not be thread-safe.
 */
public interface Rule {

    /**
     * Returns the rule's type name, such as {@code LossNotDecreasing}; by default the class's simple name.
     *
     * @return the name
     */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * Returns what the rule reads: the collections and tensors the hook must save, and the other trials it compares.
     *
     * @return the requirements
     */
    RuleRequirements requirements();

    /**
     * Evaluates the rule at one complete global step of the base trial.
     *
     * @param context the trials and the clock
     * @param step a complete global step
     * @return whether the condition holds at this step, with a finding if it does
     * @throws dev.boostscope.core.RuleException if the rule cannot be evaluated
     */
    RuleResult evaluate(RuleContext context, int step);

    /**
     * Evaluates the rule while no new step arrives; the live runner calls it periodically, offline evaluation never
     * does. Rules about time (a stalled training) override it; by default nothing fires.
     *
     * @param context the trials and the clock
     * @return whether the condition holds now
     * @throws dev.boostscope.core.RuleException if the rule cannot be evaluated
     */
    default RuleResult checkIdle(RuleContext context) {
        return RuleResult.notFired();
    }
}
