// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class StorageKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "index/", "index/0000", "a/b/c", "a/..b", "a/.", "x"})
    void checkPrefix_validPrefix_returnsIt(String prefix) {
        assertThat(StorageKeys.checkPrefix(prefix)).isEqualTo(prefix);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/a", "../", "a/../b", "a//", "./", "a\\b"})
    void checkPrefix_invalidPrefix_throwsNamingIt(String prefix) {
        assertThatThrownBy(() -> StorageKeys.checkPrefix(prefix))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + prefix + "'");
    }

    @Test
    void compare_supplementaryVersusHighBmp_followsCodePoints() {
        assertThat(StorageKeys.compare("\uFFFD", "\uD83D\uDE00")).isNegative();
        assertThat("\uFFFD".compareTo("\uD83D\uDE00")).isPositive();
        assertThat(StorageKeys.compare("a", "ab")).isNegative();
        assertThat(StorageKeys.compare("ab", "ab")).isZero();
    }

    @Property(tries = 500)
    void compare_anyStrings_agreesWithUtf8ByteOrder(@ForAll String a, @ForAll String b) {
        int expected = Integer.signum(Arrays.compareUnsigned(a.getBytes(UTF_8), b.getBytes(UTF_8)));

        assertThat(Integer.signum(StorageKeys.compare(a, b))).isEqualTo(expected);
    }
}
