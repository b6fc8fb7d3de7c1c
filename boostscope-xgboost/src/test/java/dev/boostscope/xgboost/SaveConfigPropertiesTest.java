// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The string form round-trips, and parsing arbitrary text fails only with IllegalArgumentException. */
final class SaveConfigPropertiesTest {

    @Property
    void parse_ofToString_isTheSameConfig(@ForAll("configs") SaveConfig config) {
        assertThat(SaveConfig.parse(config.toString())).isEqualTo(config);
    }

    @Property(tries = 2000)
    void parse_arbitraryText_throwsOnlyIllegalArgument(@ForAll("texts") String text) {
        try {
            SaveConfig config = SaveConfig.parse(text);
            assertThat(SaveConfig.parse(config.toString())).isEqualTo(config);
        } catch (IllegalArgumentException expected) {
            // invalid text is rejected with a message; any other exception fails the property
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<SaveConfig> configs() {
        Arbitrary<Integer> interval = Arbitraries.integers().between(1, Integer.MAX_VALUE);
        Arbitrary<List<Integer>> steps = Arbitraries.integers().between(0, 100_000).list().ofMaxSize(6);
        Arbitrary<Integer> start = Arbitraries.integers().between(0, 1000);
        Arbitrary<Integer> end = Arbitraries.integers().between(-1, 100_000);
        return Combinators.combine(interval, steps, start, end).as((i, s, st, e) -> {
            SaveConfig.Builder builder = SaveConfig.newBuilder().saveInterval(i)
                    .saveSteps(s.stream().mapToInt(Integer::intValue).toArray()).startStep(st);
            return (e < 0 ? builder : builder.endStep(e)).build();
        });
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> noise = Arbitraries.strings().withChars("interval=steps+startend,0123456789- x")
                .ofMaxLength(40);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(30);
        return Arbitraries.oneOf(noise, any);
    }
}
