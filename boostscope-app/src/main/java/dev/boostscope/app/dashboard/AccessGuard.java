// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a request may be served: a request from this machine that names a loopback host passes; any other
 * needs the token, as {@code Authorization: Bearer <token>}, a {@code token} query parameter (which then sets a
 * cookie, so that the page's own requests and its event stream carry it) or that cookie. Checking the {@code Host}
 * header too keeps a web page elsewhere from reaching a loopback-only server through DNS rebinding. The remote address
 * is the socket's: forwarding headers are never trusted.
 *
 * <p>Immutable; thread-safe.
 */
final class AccessGuard {
    /** The cookie that carries the token after a first request with {@code ?token=}. */
    static final String COOKIE = "boostscope_token";
    /** The query parameter that carries the token. */
    static final String QUERY_PARAMETER = "token";

    private static final String BEARER = "bearer ";
    private static final Pattern LOOPBACK_HOST_HEADER =
            Pattern.compile("(?i)(localhost|127(\\.\\d{1,3}){3}|\\[::1\\])(:\\d{1,5})?");

    private final byte @Nullable [] token;

    AccessGuard(@Nullable String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    /** What to do with a request. */
    enum Verdict {
        /** Serve it. */
        ALLOW,
        /** Serve it and set the token cookie: the token came as a query parameter. */
        ALLOW_AND_SET_COOKIE,
        /** Refuse it with 401. */
        UNAUTHORIZED
    }

    /**
     * The parts of a request the decision reads.
     *
     * @param remote the socket's remote address
     * @param hostHeader the {@code Host} header, or null
     * @param authorization the {@code Authorization} header, or null
     * @param queryToken the {@code token} query parameter, or null
     * @param cookieToken the token cookie, or null
     */
    record Request(InetAddress remote, @Nullable String hostHeader, @Nullable String authorization,
            @Nullable String queryToken, @Nullable String cookieToken) {
    }

    /**
     * Decides.
     *
     * @param request the request
     * @return the verdict
     */
    Verdict check(Request request) {
        if (request.remote().isLoopbackAddress() && isLoopbackHostHeader(request.hostHeader())) {
            return Verdict.ALLOW;
        }
        if (matches(bearer(request.authorization())) || matches(request.cookieToken())) {
            return Verdict.ALLOW;
        }
        return matches(request.queryToken()) ? Verdict.ALLOW_AND_SET_COOKIE : Verdict.UNAUTHORIZED;
    }

    static boolean isLoopbackHostHeader(@Nullable String host) {
        return host != null && LOOPBACK_HOST_HEADER.matcher(host.strip()).matches();
    }

    private boolean matches(@Nullable String candidate) {
        if (token == null || candidate == null) {
            return false;
        }
        // constant time, so that the token cannot be guessed byte by byte from response times
        return MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
    }

    private static @Nullable String bearer(@Nullable String authorization) {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            return null;
        }
        return authorization.substring(BEARER.length()).strip();
    }
}
