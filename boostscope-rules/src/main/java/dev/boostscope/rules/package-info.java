// SPDX-License-Identifier: Apache-2.0
/**
 * The rule SPI: {@link dev.boostscope.rules.Rule}, what it is given ({@link dev.boostscope.rules.RuleContext},
 * {@link dev.boostscope.rules.RuleParameters}) and what it returns ({@link dev.boostscope.rules.RuleResult},
 * {@link dev.boostscope.rules.Finding}). API: user rules implement these types.
 */
@NullMarked
package dev.boostscope.rules;

import org.jspecify.annotations.NullMarked;
