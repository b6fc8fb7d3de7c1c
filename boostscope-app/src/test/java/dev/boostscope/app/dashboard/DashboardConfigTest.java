// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DashboardConfigTest {
    @TempDir
    Path dir;

    @Test
    void build_defaults_bindLoopbackOnAnyPortWithoutToken() {
        DashboardConfig config = DashboardConfig.newBuilder().trialRoot(dir.toString()).build();

        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.loopbackHost()).isTrue();
        assertThat(config.port()).isZero();
        assertThat(config.token()).isEmpty();
        assertThat(config.tokenGenerated()).isFalse();
        assertThat(config.idleTimeout()).isEqualTo(DashboardConfig.DEFAULT_IDLE_TIMEOUT);
        assertThat(config.trialRoots()).containsExactly(URI.create(dir.toUri().toString()));
    }

    @Test
    void build_nonLoopbackHostWithoutToken_generatesOne() {
        DashboardConfig config = DashboardConfig.newBuilder().trialRoot(dir.toString()).host("0.0.0.0").build();

        assertThat(config.loopbackHost()).isFalse();
        assertThat(config.tokenGenerated()).isTrue();
        assertThat(config.token()).get().asString().matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void build_nonLoopbackHostWithToken_keepsIt() {
        DashboardConfig config = DashboardConfig.newBuilder().jobsHome(dir).host("0.0.0.0")
                .token("abcdefghijklmnop").build();

        assertThat(config.token()).contains("abcdefghijklmnop");
        assertThat(config.tokenGenerated()).isFalse();
        assertThat(config.toString()).doesNotContain("abcdefghijklmnop").contains("token=***");
    }

    @Test
    void build_nothingToServe_throwsIllegalState() {
        assertThatThrownBy(() -> DashboardConfig.newBuilder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a dashboard needs at least one trial root or a jobs home");
    }

    @Test
    void trialRoot_missingFolder_throwsNamingIt() {
        String missing = dir.resolve("nope").toString();

        assertThatThrownBy(() -> DashboardConfig.newBuilder().trialRoot(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("trial root must be an existing folder: '" + missing + "'");
    }

    @Test
    void trialRoot_otherScheme_throws() {
        assertThatThrownBy(() -> DashboardConfig.newBuilder().trialRoot("http://example.com/runs"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("trial root must be a local folder or an s3:// prefix: 'http://example.com/runs'");
    }

    @Test
    void trialRoot_s3Prefix_isKeptWithSlash() {
        DashboardConfig config = DashboardConfig.newBuilder().trialRoot("s3://bucket/runs").build();

        assertThat(config.trialRoots()).containsExactly(URI.create("s3://bucket/runs/"));
    }

    @Test
    void trialRoot_sameTwice_throws() {
        DashboardConfigBuilder builder = DashboardConfig.newBuilder().trialRoot(dir.toString());

        assertThatThrownBy(() -> builder.trialRoot(dir.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("trial root given twice");
    }

    @Test
    void jobsHome_aFile_throws() throws Exception {
        Path file = Files.createFile(dir.resolve("file"));

        assertThatThrownBy(() -> DashboardConfig.newBuilder().jobsHome(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("jobs home must be a folder: '" + file + "'");
    }

    @Test
    void port_outOfRange_throwsWithValue() {
        assertThatThrownBy(() -> DashboardConfig.newBuilder().port(70_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("port must be between 0 and 65535: 70000");
    }

    @Test
    void port_setTwice_throwsIllegalState() {
        DashboardConfigBuilder builder = DashboardConfig.newBuilder().port(8080);

        assertThatThrownBy(() -> builder.port(9090))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("port was already set to 8080");
    }

    @Test
    void token_tooShort_throwsWithoutEchoingIt() {
        assertThatThrownBy(() -> DashboardConfig.newBuilder().token("secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("token must be 16 to 256 characters among letters, digits and '._~-': 6 characters given");
    }

    @Test
    void token_setTwice_hidesTheFirst() {
        DashboardConfigBuilder builder = DashboardConfig.newBuilder().token("abcdefghijklmnop");

        assertThatThrownBy(() -> builder.token("qrstuvwxyzabcdef"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("token was already set to ***");
    }

    @Test
    void host_withSpaces_throws() {
        assertThatThrownBy(() -> DashboardConfig.newBuilder().host("a host"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("host must be an IP address or host name: 'a host'");
    }

    @Test
    void host_localhost_isLoopback() {
        DashboardConfig config = DashboardConfig.newBuilder().jobsHome(dir).host("localhost").build();

        assertThat(config.loopbackHost()).isTrue();
        assertThat(config.token()).isEmpty();
    }

    @Test
    void idleTimeout_zero_throws() {
        assertThatThrownBy(() -> DashboardConfig.newBuilder().idleTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("idle timeout must be positive: PT0S");
    }
}
