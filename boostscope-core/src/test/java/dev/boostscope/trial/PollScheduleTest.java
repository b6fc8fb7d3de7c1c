// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.testkit.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class PollScheduleTest {
    private final ManualClock clock = ManualClock.create();

    @Test
    void next_nothingEverArrives_doublesUpToTheSlowInterval() {
        PollSchedule schedule = new PollSchedule(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(10),
                clock);
        assertThat(schedule.next(false)).isEqualTo(Duration.ofMillis(200));
        assertThat(schedule.next(false)).isEqualTo(Duration.ofMillis(400));
        assertThat(schedule.next(false)).isEqualTo(Duration.ofMillis(800));
        assertThat(schedule.next(false)).isEqualTo(Duration.ofSeconds(1));
        assertThat(schedule.next(false)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void next_dataArrived_staysFastForTheWindowThenBacksOff() {
        PollSchedule schedule = new PollSchedule(Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(10),
                clock);
        assertThat(schedule.next(true)).isEqualTo(Duration.ofMillis(100));
        clock.advance(Duration.ofSeconds(9));
        assertThat(schedule.next(false)).isEqualTo(Duration.ofMillis(100));
        clock.advance(Duration.ofSeconds(1));
        assertThat(schedule.next(false)).isEqualTo(Duration.ofMillis(200));
        assertThat(schedule.next(false)).isEqualTo(Duration.ofMillis(400));
        assertThat(schedule.next(true)).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void forStorage_watchedOrNot_pollsAsDocumented() {
        assertThat(PollSchedule.forStorage(false, Duration.ofSeconds(2), clock).next(true))
                .isEqualTo(Duration.ofMillis(100));
        assertThat(PollSchedule.forStorage(true, Duration.ofSeconds(2), clock).next(true))
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(PollSchedule.forStorage(false, Duration.ofMillis(20), clock).next(true))
                .isEqualTo(Duration.ofMillis(20));
    }
}
