// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import dev.boostscope.core.storage.Storages;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link DashboardConfig}. Each setter validates its value at once and may be called once, except
 * {@link #trialRoot}, which adds a root each time. {@link #build()} needs at least one trial root or a jobs home, and
 * generates a token when the host is not loopback and none was given.
 *
 * <p>Not thread-safe.
 */
public final class DashboardConfigBuilder {
    /** What a token may hold: URL-safe characters, so that it fits a query parameter unencoded. */
    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~-]{16,256}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:%\\[\\]-]{1,253}");
    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    final List<URI> trialRoots = new ArrayList<>();
    @Nullable Path jobsHome;
    @Nullable String host;
    @Nullable Integer port;
    @Nullable String token;
    @Nullable InstantSource clock;
    @Nullable Duration idleTimeout;

    DashboardConfigBuilder() {
    }

    /**
     * Adds a root that trials are looked for under: the root itself, or any folder (prefix) below it holding
     * {@code index/} or {@code collections/}.
     *
     * @param location a local folder, a {@code file:} URI or {@code s3://bucket/prefix}
     * @return this builder
     * @throws IllegalArgumentException if it is blank, of another scheme, a local folder that does not exist, or given
     *     twice
     */
    public DashboardConfigBuilder trialRoot(String location) {
        Objects.requireNonNull(location, "location");
        URI uri = Storages.parseLocation(location);
        String scheme = uri.getScheme();
        if (!"file".equals(scheme) && !"s3".equals(scheme)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "trial root must be a local folder or an s3:// prefix: '%s'", location));
        }
        if ("file".equals(scheme) && !Files.isDirectory(Path.of(uri))) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "trial root must be an existing folder: '%s'", location));
        }
        URI root = withSlash(uri);
        if (trialRoots.contains(root)) {
            throw new IllegalArgumentException("trial root given twice: '" + location + "'");
        }
        trialRoots.add(root);
        return this;
    }

    /**
     * Sets the jobs home whose jobs are listed; it need not exist yet.
     *
     * @param folder the folder
     * @return this builder
     * @throws IllegalArgumentException if it exists and is not a folder
     * @throws IllegalStateException if already set
     */
    public DashboardConfigBuilder jobsHome(Path folder) {
        Objects.requireNonNull(folder, "folder");
        requireUnset(jobsHome, "jobsHome");
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("jobs home must be a folder: '" + folder + "'");
        }
        jobsHome = folder.toAbsolutePath().normalize();
        return this;
    }

    /**
     * Sets the address to bind; any non-loopback address makes a token required.
     *
     * @param host an IP literal or host name, such as {@code 0.0.0.0}
     * @return this builder
     * @throws IllegalArgumentException if it is not a plausible host or cannot be resolved
     * @throws IllegalStateException if already set
     */
    public DashboardConfigBuilder host(String host) {
        Objects.requireNonNull(host, "host");
        requireUnset(this.host, "host");
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("host must be an IP address or host name: '" + host + "'");
        }
        DashboardConfig.isLoopback(host);
        this.host = host;
        return this;
    }

    /**
     * Sets the port to bind.
     *
     * @param port 1 to 65535, or 0 for any free port
     * @return this builder
     * @throws IllegalArgumentException if out of range
     * @throws IllegalStateException if already set
     */
    public DashboardConfigBuilder port(int port) {
        requireUnset(this.port, "port");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        this.port = port;
        return this;
    }

    /**
     * Sets the token that requests from other machines must present.
     *
     * @param token 16 to 256 characters among letters, digits and {@code . _ ~ -}
     * @return this builder
     * @throws IllegalArgumentException if it does not have that shape (the value is not echoed)
     * @throws IllegalStateException if already set
     */
    public DashboardConfigBuilder token(String token) {
        Objects.requireNonNull(token, "token");
        requireUnset(this.token, "token");
        if (!TOKEN.matcher(token).matches()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "token must be 16 to 256 characters among letters, digits and '._~-': %d characters given",
                    token.length()));
        }
        this.token = token;
        return this;
    }

    /**
     * Sets the clock idle timeouts are measured with.
     *
     * @param clock the clock
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public DashboardConfigBuilder clock(InstantSource clock) {
        Objects.requireNonNull(clock, "clock");
        requireUnset(this.clock, "clock");
        this.clock = clock;
        return this;
    }

    /**
     * Sets how long a run nobody watches keeps its trial open after its last request.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException if not positive
     * @throws IllegalStateException if already set
     */
    public DashboardConfigBuilder idleTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        requireUnset(idleTimeout, "idleTimeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("idle timeout must be positive: " + timeout);
        }
        idleTimeout = timeout;
        return this;
    }

    /**
     * Returns the config.
     *
     * @return the config; with a generated token if the host is not loopback and none was set
     * @throws IllegalStateException if neither a trial root nor a jobs home was given
     */
    public DashboardConfig build() {
        if (trialRoots.isEmpty() && jobsHome == null) {
            throw new IllegalStateException("a dashboard needs at least one trial root or a jobs home");
        }
        boolean loopback = DashboardConfig.isLoopback(host == null ? DashboardConfig.DEFAULT_HOST : host);
        boolean generate = !loopback && token == null;
        return new DashboardConfig(this, loopback, generate ? generateToken() : token, generate);
    }

    static String generateToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static URI withSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? uri : URI.create(text + "/");
    }

    private static void requireUnset(@Nullable Object value, String name) {
        if (value != null) {
            throw new IllegalStateException(String.format(Locale.ROOT, "%s was already set to %s", name,
                    name.equals("token") ? "***" : value));
        }
    }
}
