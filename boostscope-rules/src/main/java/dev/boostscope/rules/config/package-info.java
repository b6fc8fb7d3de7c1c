// SPDX-License-Identifier: Apache-2.0
/**
 * Turning configuration into rules: {@link dev.boostscope.rules.config.RuleConfig} (SageMaker's
 * {@code DebugRuleConfiguration} shape) and {@link dev.boostscope.rules.config.RuleFactory} (built-in rules by name,
 * user rules from a jar). API.
 */
@NullMarked
package dev.boostscope.rules.config;

import org.jspecify.annotations.NullMarked;
