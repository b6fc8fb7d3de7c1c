// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boostscope.app.dashboard.api.LiveFeed;
import dev.boostscope.app.dashboard.live.RunHub;
import dev.boostscope.app.dashboard.runs.RunCatalog;
import dev.boostscope.core.BoostscopeException;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import io.javalin.Javalin;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The live web dashboard: a page and JSON endpoints over the runs of a jobs home and trial roots, with new steps
 * pushed to open pages as server-sent events. Create one with {@link #create}, then {@link #start()} it;
 * {@link #close()} stops it and closes every trial it opened.
 *
 * <pre>{@code
 * DashboardConfig config = DashboardConfig.newBuilder().trialRoot("runs").build();
 * try (Dashboard dashboard = Dashboard.create(config).start()) {
 *     System.out.println(dashboard.url());
 *     ...
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Dashboard implements AutoCloseable {
    private final DashboardConfig config;
    private final RunCatalog catalog;
    private final RunHub hub;
    private final Javalin app;
    private volatile boolean started;

    private Dashboard(DashboardConfig config, Function<URI, Trial> opener) {
        this.config = config;
        ObjectMapper mapper = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
        this.catalog = new RunCatalog(config.trialRoots(), config.jobsHome().orElse(null), config.clock());
        this.hub = new RunHub(opener, new LiveFeed(), config.clock(), config.idleTimeout());
        RunRoutes runs = new RunRoutes(catalog, hub, mapper);
        this.app = new DashboardServer(new AccessGuard(config.token().orElse(null)), runs,
                new ViewRoutes(runs), mapper).build();
    }

    /**
     * Returns a dashboard for a config, not yet listening.
     *
     * @param config what to serve and how
     * @return the dashboard
     * @throws IllegalStateException if the page's files are missing from the jar
     */
    public static Dashboard create(DashboardConfig config) {
        // a job's trial may not exist before its first step: open it empty and let it fill
        return create(config, uri -> Trials.newBuilder(uri).allowEmpty(true).open());
    }

    static Dashboard create(DashboardConfig config, Function<URI, Trial> opener) {
        return new Dashboard(Objects.requireNonNull(config, "config"), Objects.requireNonNull(opener, "opener"));
    }

    /**
     * Binds the configured address and port and starts serving. Blocks until listening.
     *
     * @return this dashboard
     * @throws IllegalStateException if already started
     * @throws BoostscopeException if the address cannot be bound (a port in use, say)
     */
    public synchronized Dashboard start() {
        if (started) {
            throw new IllegalStateException("dashboard already started on port " + app.port());
        }
        try {
            app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            throw new BoostscopeException(String.format(Locale.ROOT, "cannot listen on %s:%d: %s", config.host(),
                    config.port(), e.getMessage()), e);
        }
        started = true;
        return this;
    }

    /**
     * Returns the port listened on.
     *
     * @return the port, the one picked when the config asked for 0
     * @throws IllegalStateException if not started
     */
    public int port() {
        requireStarted();
        return app.port();
    }

    /**
     * Returns the URL to open: the bound address (this machine's name for a wildcard address), with the token as a
     * query parameter when the host is not loopback.
     *
     * @return such as {@code http://127.0.0.1:7007/}
     * @throws IllegalStateException if not started
     */
    public URI url() {
        String host = displayHost(config.host());
        String query = config.loopbackHost() || config.token().isEmpty() ? "" : "?token=" + config.token().get();
        return URI.create(String.format(Locale.ROOT, "http://%s:%d/%s", host, port(), query));
    }

    /**
     * Returns the config.
     *
     * @return the config
     */
    public DashboardConfig config() {
        return config;
    }

    /** Stops serving and closes every trial and storage the dashboard opened. Idempotent. */
    @Override
    public synchronized void close() {
        app.stop();
        hub.close();
        catalog.close();
    }

    private void requireStarted() {
        if (!started) {
            throw new IllegalStateException("dashboard not started");
        }
    }

    private static String displayHost(String host) {
        String shown = host;
        try {
            if (InetAddress.getByName(host).isAnyLocalAddress()) {
                shown = InetAddress.getLocalHost().getHostName();
            }
        } catch (UnknownHostException e) {
            shown = host;
        }
        return shown.contains(":") && !shown.startsWith("[") ? "[" + shown + "]" : shown;
    }
}
