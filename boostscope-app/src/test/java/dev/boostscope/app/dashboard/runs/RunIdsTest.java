// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

final class RunIdsTest {

    @Test
    void forPath_nestedPath_joinsSegmentsWithTilde() {
        assertThat(RunIds.forPath("exp-1/run a", Set.of())).isEqualTo("exp-1~run-a");
    }

    @Test
    void forPath_taken_addsCounter() {
        assertThat(RunIds.forPath("run", Set.of("run", "run-2"))).isEqualTo("run-3");
    }

    @Test
    void forPath_markupAndDots_becomeSafe() {
        String id = RunIds.forPath("<script>alert(1)</script>/../..x", Set.of());

        assertThat(id).isEqualTo("-script-alert-1-~script-~.~.x");
        assertThat(RunIds.isValid(id)).isTrue();
    }

    @Test
    void forPath_leadingDot_isPrefixed() {
        assertThat(RunIds.forPath(".hidden", Set.of())).isEqualTo("_.hidden");
    }

    @Test
    void isValid_rejectsTraversalAndSlashes() {
        assertThat(RunIds.isValid("..")).isFalse();
        assertThat(RunIds.isValid("a..b")).isFalse();
        assertThat(RunIds.isValid("a/b")).isFalse();
        assertThat(RunIds.isValid(".a")).isFalse();
        assertThat(RunIds.isValid("")).isFalse();
        assertThat(RunIds.isValid("exp~run-1.b_c")).isTrue();
    }
}
