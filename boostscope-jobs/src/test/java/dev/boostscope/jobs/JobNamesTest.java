// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

final class JobNamesTest {
    @Test
    void fromBase_appendsUtcTimestampWithMillis() {
        assertThat(JobNames.fromBase("demo-smdebug-xgboost", Instant.parse("2026-03-04T05:06:07.089Z")))
                .isEqualTo("demo-smdebug-xgboost-2026-03-04-05-06-07-089");
    }

    @Test
    void fromBase_longBase_isTrimmedToSixtyThreeCharacters() {
        String name = JobNames.fromBase("b".repeat(80), Instant.parse("2026-03-04T05:06:07.089Z"));

        assertThat(name).hasSize(63).startsWith("b".repeat(39) + "-2026");
    }
}
