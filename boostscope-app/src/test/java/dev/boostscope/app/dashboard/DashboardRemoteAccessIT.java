// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests from another machine, for real: the server binds 0.0.0.0 and the test connects through this machine's
 * own non-loopback address (as {@code hostname -I} lists it), so the server sees a non-loopback remote address.
 * {@code AccessGuardTest} checks the same rule with forged addresses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class DashboardRemoteAccessIT {
    /** Holds '..', which the traversal guard refuses in any other parameter. */
    private static final String TOKEN = "remote-test-token..0123456789";

    private Dashboard dashboard;
    private Http remote;

    @BeforeAll
    void start(@TempDir Path root) throws Exception {
        InetAddress address = nonLoopbackAddress().orElse(null);
        Assumptions.assumeTrue(address != null, "this machine has no non-loopback IPv4 address to connect through");
        Files.createDirectories(root.resolve("run-1/index"));
        dashboard = Dashboard.create(DashboardConfig.newBuilder().trialRoot(root.toString()).host("0.0.0.0")
                .token(TOKEN).build()).start();
        remote = new Http(URI.create("http://" + address.getHostAddress() + ":" + dashboard.port()));
    }

    @AfterAll
    void stop() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @Test
    void get_remoteWithoutToken_is401() {
        HttpResponse<String> response = remote.get("/api/runs");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(response.body()).isEqualTo("{\"error\":\"a token is required: open the URL the server printed, or "
                + "send 'Authorization: Bearer <token>'\",\"retryable\":false}");
    }

    @Test
    void get_remotePageWithoutToken_is401() {
        assertThat(remote.get("/").statusCode()).isEqualTo(401);
        assertThat(remote.get("/assets/app.js").statusCode()).isEqualTo(401);
    }

    @Test
    void get_remoteWithWrongToken_is401() {
        assertThat(remote.get("/api/runs", "Authorization", "Bearer " + TOKEN + "x").statusCode()).isEqualTo(401);
        assertThat(remote.get("/api/runs?token=nope").statusCode()).isEqualTo(401);
    }

    @Test
    void get_remoteWithBearer_isServed() {
        HttpResponse<String> response = remote.get("/api/runs", "Authorization", "Bearer " + TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"id\":\"run-1\"");
    }

    @Test
    void get_remoteWithQueryToken_setsACookieThatWorksAlone() {
        HttpResponse<String> first = remote.get("/?token=" + TOKEN);
        String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(cookie).startsWith(AccessGuard.COOKIE + "=" + TOKEN + ";").contains("HttpOnly")
                .contains("SameSite=Strict");
        assertThat(remote.get("/api/runs", "Cookie", cookie.substring(0, cookie.indexOf(';'))).statusCode())
                .isEqualTo(200);
    }

    @Test
    void url_nonLoopbackHost_carriesTheToken() {
        assertThat(dashboard.url().toString()).endsWith(":" + dashboard.port() + "/?token=" + TOKEN);
    }

    @Test
    void get_loopbackOfTheSameServer_needsNoToken() {
        assertThat(Http.to(dashboard).get("/api/runs").statusCode()).isEqualTo(200);
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLoopbackAddress()
                            && !address.isLinkLocalAddress()) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
