// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Dashboard} serves and how: the trial roots (local folders and {@code s3://} prefixes) and jobs home it
 * may read, the address it binds, the access token and the clock. Build one with {@link #newBuilder()}.
 *
 * <p>Immutable. {@link #toString()} never shows the token.
 */
public final class DashboardConfig {
    /** The address bound when none is given: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** How long a run nobody watches keeps its trial open when not set. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);

    private final List<URI> trialRoots;
    private final @Nullable Path jobsHome;
    private final String host;
    private final boolean loopbackHost;
    private final int port;
    private final @Nullable String token;
    private final boolean tokenGenerated;
    private final InstantSource clock;
    private final Duration idleTimeout;

    DashboardConfig(DashboardConfigBuilder builder, boolean loopbackHost, @Nullable String token,
            boolean tokenGenerated) {
        this.trialRoots = List.copyOf(builder.trialRoots);
        this.jobsHome = builder.jobsHome;
        this.host = builder.host == null ? DEFAULT_HOST : builder.host;
        this.loopbackHost = loopbackHost;
        this.port = builder.port == null ? 0 : builder.port;
        this.token = token;
        this.tokenGenerated = tokenGenerated;
        this.clock = builder.clock == null ? InstantSource.system() : builder.clock;
        this.idleTimeout = builder.idleTimeout == null ? DEFAULT_IDLE_TIMEOUT : builder.idleTimeout;
    }

    /**
     * Returns a builder with nothing set.
     *
     * @return a new builder
     */
    public static DashboardConfigBuilder newBuilder() {
        return new DashboardConfigBuilder();
    }

    /**
     * Returns the roots trials are looked for under: absolute {@code file:} and {@code s3://} URIs, in the order given.
     *
     * @return the roots; empty if only a jobs home is served
     */
    public List<URI> trialRoots() {
        return trialRoots;
    }

    /**
     * Returns the jobs home whose jobs are listed.
     *
     * @return the folder, or empty if none is served
     */
    public Optional<Path> jobsHome() {
        return Optional.ofNullable(jobsHome);
    }

    /**
     * Returns the address the server binds.
     *
     * @return a host name or IP literal, {@value #DEFAULT_HOST} unless set
     */
    public String host() {
        return host;
    }

    /**
     * Returns whether the bound address is a loopback address, so that only this machine can connect.
     *
     * @return true for {@code 127.0.0.1}, {@code ::1} or {@code localhost}
     */
    public boolean loopbackHost() {
        return loopbackHost;
    }

    /**
     * Returns the port to bind.
     *
     * @return the port; 0 picks a free one
     */
    public int port() {
        return port;
    }

    /**
     * Returns the token that requests from other machines must present.
     *
     * @return the token; always present when the host is not loopback, empty otherwise unless set
     */
    public Optional<String> token() {
        return Optional.ofNullable(token);
    }

    /**
     * Returns whether the token was generated because none was given, so that it is printed once.
     *
     * @return true if generated
     */
    public boolean tokenGenerated() {
        return tokenGenerated;
    }

    /**
     * Returns the clock idle timeouts are measured with.
     *
     * @return the clock, the system's unless set
     */
    public InstantSource clock() {
        return clock;
    }

    /**
     * Returns how long a run that no page watches keeps its trial open after its last request.
     *
     * @return the timeout, {@link #DEFAULT_IDLE_TIMEOUT} unless set
     */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "DashboardConfig[trialRoots=%s, jobsHome=%s, host=%s, port=%d, token=%s, "
                + "idleTimeout=%s]", trialRoots, jobsHome, host, port, token == null ? "none" : "***", idleTimeout);
    }

    /**
     * Returns whether a host names a loopback address, resolving names.
     *
     * @param host a host name or IP literal
     * @return true if every address it names is loopback
     * @throws IllegalArgumentException if the name cannot be resolved
     */
    static boolean isLoopback(String host) {
        Objects.requireNonNull(host, "host");
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "host must be an IP address or a name this machine resolves: '%s'", host), e);
        }
    }
}
