// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.action;

import java.util.Locale;

/**
 * Writes one WARNING line per fired rule through {@code System.Logger} (logger {@code dev.boostscope.rules}).
 *
 * <p>Thread-safe.
 */
final class LogAction implements RuleAction {
    private static final System.Logger LOG = System.getLogger("dev.boostscope.rules");

    @Override
    public void onFired(RuleAlert alert) {
        LOG.log(System.Logger.Level.WARNING, line(alert));
    }

    static String line(RuleAlert alert) {
        return String.format(Locale.ROOT, "rule %s (%s) fired on %s at step %d: %s", alert.ruleConfigurationName(),
                alert.ruleName(), alert.trial(), alert.finding().step(), alert.finding().message());
    }

    @Override
    public ActionSpec spec() {
        return new ActionSpec.Log();
    }
}
