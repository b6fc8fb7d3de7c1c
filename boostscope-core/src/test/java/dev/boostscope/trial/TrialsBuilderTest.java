// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class TrialsBuilderTest {
    private final Trials.Builder builder = Trials.newBuilder(URI.create("file:/tmp/x/"));

    @Test
    void setters_invalidValues_throwNamingTheValue() {
        assertThatThrownBy(() -> builder.name(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be blank: ' '");
        assertThatThrownBy(() -> builder.steps(5, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("steps must satisfy 0 <= first < end: first 5, end 5");
        assertThatThrownBy(() -> builder.steps(-1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.pollInterval(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("poll interval must be positive: PT0S");
        assertThatThrownBy(() -> builder.incompleteStepWindow(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("incomplete step window must be at least 2: 1");
        assertThatThrownBy(() -> builder.cacheBytes(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cache bytes must be non-negative: -1");
        assertThatThrownBy(() -> Trials.newBuilder(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void setters_setTwice_throwIllegalState() {
        builder.name("a").steps(0, 10).pollInterval(Duration.ofSeconds(1)).allowEmpty(true)
                .incompleteStepWindow(10).cacheBytes(0).clock(java.time.InstantSource.system())
                .executor(Runnable::run);
        assertThatThrownBy(() -> builder.name("b")).isInstanceOf(IllegalStateException.class)
                .hasMessage("name was already set to a");
        assertThatThrownBy(() -> builder.steps(1, 2)).isInstanceOf(IllegalStateException.class)
                .hasMessage("steps was already set to 0..10");
        assertThatThrownBy(() -> builder.pollInterval(Duration.ofSeconds(2))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> builder.allowEmpty(false)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> builder.incompleteStepWindow(3)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> builder.cacheBytes(1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> builder.clock(java.time.InstantSource.system()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> builder.executor(Runnable::run)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void open_unknownScheme_throwsIllegalArgument() {
        assertThatThrownBy(() -> Trials.open(URI.create("ftp://host/trial/")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ftp");
    }
}
