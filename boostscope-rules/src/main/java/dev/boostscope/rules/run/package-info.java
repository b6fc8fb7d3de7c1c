// SPDX-License-Identifier: Apache-2.0
/**
 * Evaluating rules: offline over a trial's saved steps ({@link dev.boostscope.rules.run.RuleInvoker}) and live beside
 * a training ({@link dev.boostscope.rules.run.RuleRunner}), with a status per rule
 * ({@link dev.boostscope.rules.run.RuleStatus}, and {@link dev.boostscope.rules.run.DebugRuleEvaluationStatus} for a
 * job's status file). API.
 */
@NullMarked
package dev.boostscope.rules.run;

import org.jspecify.annotations.NullMarked;
