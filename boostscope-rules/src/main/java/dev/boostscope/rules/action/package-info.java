// SPDX-License-Identifier: Apache-2.0
/**
 * What happens when a rule fires: {@link dev.boostscope.rules.action.ActionSpec} (the configured form, parsed from
 * SageMaker-like JSON), {@link dev.boostscope.rules.action.RuleAction} (the running form, built by
 * {@link dev.boostscope.rules.action.Actions}), and the {@link dev.boostscope.rules.action.TrainingStopper} a job
 * provides. API.
 */
@NullMarked
package dev.boostscope.rules.action;

import org.jspecify.annotations.NullMarked;
