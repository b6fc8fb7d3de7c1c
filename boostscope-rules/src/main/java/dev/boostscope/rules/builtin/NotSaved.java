// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import dev.boostscope.core.TensorUnavailableException;
import java.util.Locale;

/**
 * Builds the exception a built-in rule throws when none of its inputs was saved at a step: the invoker and the runner
 * then count the step as skipped rather than evaluated, as smdebug's {@code invoke_rule} does for a missing tensor.
 *
 * <p>Thread-safe.
 */
final class NotSaved {
    private NotSaved() {
    }

    static TensorUnavailableException at(String rule, String what, int step) {
        return new TensorUnavailableException(String.format(Locale.ROOT, "rule %s: no %s saved at step %d", rule,
                what, step));
    }
}
