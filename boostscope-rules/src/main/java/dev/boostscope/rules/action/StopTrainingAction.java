// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.action;

/**
 * Asks the job's {@link TrainingStopper} to stop after the current round, naming the rule's configuration as the
 * reason.
 *
 * <p>Thread-safe if the stopper is.
 */
final class StopTrainingAction implements RuleAction {
    private final TrainingStopper stopper;

    StopTrainingAction(TrainingStopper stopper) {
        this.stopper = stopper;
    }

    @Override
    public void onFired(RuleAlert alert) {
        stopper.requestStop(alert.ruleConfigurationName());
    }

    @Override
    public ActionSpec spec() {
        return new ActionSpec.StopTraining();
    }
}
