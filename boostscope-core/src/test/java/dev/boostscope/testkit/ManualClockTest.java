// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class ManualClockTest {

    @Test
    void instant_untouched_staysAtStart() {
        ManualClock clock = ManualClock.at(Instant.ofEpochSecond(100));

        assertThat(clock.instant()).isEqualTo(Instant.ofEpochSecond(100));
        assertThat(clock.millis()).isEqualTo(100_000);
        assertThat(ManualClock.create().instant()).isEqualTo(ManualClock.DEFAULT_START);
    }

    @Test
    void advance_duration_movesForwardByIt() {
        ManualClock clock = ManualClock.at(Instant.ofEpochSecond(100));

        clock.advance(Duration.ofSeconds(2));
        clock.advanceMillis(5);

        assertThat(clock.instant()).isEqualTo(Instant.ofEpochSecond(102).plusMillis(5));
    }

    @Test
    void advance_negative_throwsIllegalArgumentNamingIt() {
        ManualClock clock = ManualClock.create();

        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-1S");
    }

    @Test
    void set_earlierInstant_movesBack() {
        ManualClock clock = ManualClock.create();

        clock.set(Instant.EPOCH);

        assertThat(clock.instant()).isEqualTo(Instant.EPOCH);
    }
}
