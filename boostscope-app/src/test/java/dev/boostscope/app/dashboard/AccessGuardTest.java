// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.app.dashboard.AccessGuard.Request;
import dev.boostscope.app.dashboard.AccessGuard.Verdict;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** The access rule, with remote addresses forged: what the server decides for a request from another machine. */
final class AccessGuardTest {
    private static final String TOKEN = "s3cret-token-0123456789";
    private static final InetAddress LOOPBACK = address("127.0.0.1");
    private static final InetAddress REMOTE = address("192.0.2.10");

    private final AccessGuard guard = new AccessGuard(TOKEN);

    @Test
    void check_loopbackWithLoopbackHost_allowsWithoutToken() {
        assertThat(guard.check(new Request(LOOPBACK, "127.0.0.1:7007", null, null, null))).isEqualTo(Verdict.ALLOW);
        assertThat(guard.check(new Request(address("::1"), "[::1]:7007", null, null, null))).isEqualTo(Verdict.ALLOW);
        assertThat(guard.check(new Request(LOOPBACK, "localhost", null, null, null))).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void check_remoteWithoutToken_refuses() {
        assertThat(guard.check(new Request(REMOTE, "192.0.2.1:7007", null, null, null)))
                .isEqualTo(Verdict.UNAUTHORIZED);
    }

    @Test
    void check_remoteClaimingLoopbackHost_refuses() {
        assertThat(guard.check(new Request(REMOTE, "127.0.0.1:7007", null, null, null)))
                .isEqualTo(Verdict.UNAUTHORIZED);
    }

    @Test
    void check_loopbackWithForeignHost_needsToken() {
        // a page of evil.example that rebinds its name to 127.0.0.1
        assertThat(guard.check(new Request(LOOPBACK, "evil.example:7007", null, null, null)))
                .isEqualTo(Verdict.UNAUTHORIZED);
        assertThat(new AccessGuard(null).check(new Request(LOOPBACK, "evil.example:7007", null, null, null)))
                .isEqualTo(Verdict.UNAUTHORIZED);
    }

    @Test
    void check_remoteWithBearer_allows() {
        assertThat(guard.check(new Request(REMOTE, "h", "Bearer " + TOKEN, null, null))).isEqualTo(Verdict.ALLOW);
        assertThat(guard.check(new Request(REMOTE, "h", "bearer " + TOKEN, null, null))).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void check_remoteWithQueryToken_allowsAndSetsCookie() {
        assertThat(guard.check(new Request(REMOTE, "h", null, TOKEN, null))).isEqualTo(Verdict.ALLOW_AND_SET_COOKIE);
    }

    @Test
    void check_remoteWithCookie_allows() {
        assertThat(guard.check(new Request(REMOTE, "h", null, null, TOKEN))).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void check_remoteWithWrongToken_refusesEverywhere() {
        String wrong = TOKEN + "x";
        assertThat(guard.check(new Request(REMOTE, "h", "Bearer " + wrong, wrong, wrong)))
                .isEqualTo(Verdict.UNAUTHORIZED);
        assertThat(guard.check(new Request(REMOTE, "h", "Basic " + TOKEN, null, null)))
                .isEqualTo(Verdict.UNAUTHORIZED);
    }

    @Test
    void check_noTokenConfigured_refusesEveryRemote() {
        AccessGuard open = new AccessGuard(null);

        assertThat(open.check(new Request(REMOTE, "h", "Bearer ", "", ""))).isEqualTo(Verdict.UNAUTHORIZED);
    }

    @Test
    void isLoopbackHostHeader_variants() {
        assertThat(AccessGuard.isLoopbackHostHeader("LOCALHOST:80")).isTrue();
        assertThat(AccessGuard.isLoopbackHostHeader("127.1.2.3")).isTrue();
        assertThat(AccessGuard.isLoopbackHostHeader("localhost.evil.example")).isFalse();
        assertThat(AccessGuard.isLoopbackHostHeader("127.0.0.1.evil.example")).isFalse();
        assertThat(AccessGuard.isLoopbackHostHeader(null)).isFalse();
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
