// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.action;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Feeds the action_json parser arbitrary text: it may reject it, never crash. */
final class ActionSpecFuzzTest {

    @Property(tries = 300)
    void parseAll_arbitraryText_throwsOnlyIllegalArgument(@ForAll("jsonish") String text) {
        try {
            ActionSpec.parseAll(text);
        } catch (IllegalArgumentException expected) {
            // a rejected configuration is the only acceptable failure
        }
    }

    @Provide
    Arbitrary<String> jsonish() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("{}[]\":,name webhooklogurl").ofMaxLength(60));
    }
}
