// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class DecimalParserTest {
    private static float parse(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return DecimalParser.parseFloat(bytes, 0, bytes.length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.0", "1", "+2.5", ".5", "5.", "0.0117647", "1e-3", "1E+10", "3.4028235E38",
        "1.4E-45", "1.17549435E-38", "123456789012345678901234567890", "0.000000000000000000000000000000123",
        "16777217", "0.87654321", "7.038531e-26", "1e39", "-1e-50"})
    void parseFloat_decimalText_equalsJdk(String text) {
        assertThat(Float.floatToRawIntBits(parse(text))).isEqualTo(Float.floatToRawIntBits(Float.parseFloat(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nan", "NaN", "-NAN"})
    void parseFloat_nan_isNan(String text) {
        assertThat(parse(text)).isNaN();
    }

    @ParameterizedTest
    @ValueSource(strings = {"inf", "+Infinity", "INF"})
    void parseFloat_infinity_isPositiveInfinity(String text) {
        assertThat(parse(text)).isEqualTo(Float.POSITIVE_INFINITY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "e5", "1e", "1e+", "1.2.3", "1f", "0x10", "1 ", "--1", "nanx", "in", "1,5",
        "١"})
    void parseFloat_malformed_throws(String text) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(DecimalParser.MalformedNumberException.class);
    }

    @Property(tries = 3000)
    void parseFloat_javaFloatText_roundTrips(@ForAll float value) {
        assertThat(Float.floatToRawIntBits(parse(Float.toString(value))))
                .isEqualTo(Float.floatToRawIntBits(value));
    }

    @Property(tries = 3000)
    void parseFloat_randomDecimal_equalsJdk(@ForAll("decimals") String text) {
        assertThat(Float.floatToRawIntBits(parse(text))).isEqualTo(Float.floatToRawIntBits(Float.parseFloat(text)));
    }

    @Provide
    Arbitrary<String> decimals() {
        Arbitrary<String> sign = Arbitraries.of("", "-", "+");
        Arbitrary<String> whole = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMaxLength(20).map(f -> "." + f);
        Arbitrary<String> exponent = Arbitraries.integers().between(-50, 40).map(e -> "e" + e);
        return Combinators.combine(sign, whole, fraction, Arbitraries.oneOf(exponent, Arbitraries.just("")))
                .as((s, w, f, e) -> s + w + f + e);
    }
}
