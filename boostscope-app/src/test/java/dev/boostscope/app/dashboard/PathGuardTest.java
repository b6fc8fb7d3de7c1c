// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class PathGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/runs/../etc/passwd", "/assets/..", "/api/runs/%2e%2e/x", "/api/runs/%2E%2E%2Fx",
        "/api/runs/a%2fb", "/assets/%5c..%5cwin.ini", "/api/runs/./a", "/api/runs/a\\b", "/assets/a%00"})
    void refusal_traversalInPath_refuses(String path) {
        assertThat(PathGuard.refusal(path, Map.of())).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret", "/etc/passwd", "a/../../b", "C:\\Windows", "c:/windows", "a\\b", "x\0"})
    void refusal_pathInParameter_refuses(String value) {
        assertThat(PathGuard.refusal("/api/runs/a/confusion", Map.of("step", List.of(value))))
                .contains("parameter 'step' must not hold '..', a backslash, NUL or an absolute path: '" + value
                        + "'");
    }

    @Test
    void refusal_ordinaryRequest_passes() {
        assertThat(PathGuard.refusal("/api/runs/exp-1~run.a/importance",
                Map.of("type", List.of("total_gain"), "top", List.of("10")))).isEmpty();
        assertThat(PathGuard.refusal("/", Map.of())).isEmpty();
        assertThat(PathGuard.refusal("/assets/app.js", Map.of())).isEmpty();
    }

    @Test
    void refusal_message_namesThePath() {
        assertThat(PathGuard.refusal("/a/../b", Map.of()))
                .contains("path must not hold '.' or '..' segments: '/a/../b'");
    }
}
