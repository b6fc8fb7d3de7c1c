// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boostscope.app.dashboard.api.ApiError;
import dev.boostscope.app.dashboard.api.ApiException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the Javalin app: security checks before every request, the JSON and event routes, the page's files, and
 * errors as JSON.
 *
 * <p>Not thread-safe while building; the app it builds is.
 */
final class DashboardServer {
    /** Headers on every response: no framing, no sniffing, no referrer (the token may be in the URL), and a CSP
     * that lets the page run only its own scripts and styles, so injected markup could not run script anyway. */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; "
                    + "frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cache-Control", "no-store");
    private static final System.Logger LOG = System.getLogger(DashboardServer.class.getName());

    private final AccessGuard guard;
    private final RunRoutes runs;
    private final ViewRoutes views;
    private final Assets assets;
    private final ObjectMapper mapper;

    DashboardServer(AccessGuard guard, RunRoutes runs, ViewRoutes views, ObjectMapper mapper) {
        this.guard = guard;
        this.runs = runs;
        this.views = views;
        this.assets = Assets.load();
        this.mapper = mapper;
    }

    Javalin build() {
        return Javalin.create(this::configure);
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jsonMapper(new JavalinJackson(mapper, false));
        config.http.asyncTimeout = 0;
        config.routes.before(this::secure);
        config.routes.before("/api/runs/{id}/events", this::eventStreamRequest);
        config.routes.get("/", ctx -> asset(ctx, "index.html"));
        config.routes.get("/assets/{name}", ctx -> asset(ctx, ctx.pathParam("name")));
        config.routes.get("/api/runs", runs::runs);
        config.routes.get("/api/runs/{id}", runs::run);
        config.routes.sse("/api/runs/{id}/events", runs::events);
        views.register(config);
        config.routes.exception(Exception.class, this::error);
        config.routes.error(404, this::notFound);
    }

    private void secure(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
        AccessGuard.Verdict verdict = guard.check(new AccessGuard.Request(remote(ctx), ctx.header("Host"),
                ctx.header("Authorization"), ctx.queryParam(AccessGuard.QUERY_PARAMETER),
                ctx.cookie(AccessGuard.COOKIE)));
        if (verdict == AccessGuard.Verdict.UNAUTHORIZED) {
            ctx.header("WWW-Authenticate", "Bearer");
            refuse(ctx, 401, "a token is required: open the URL the server printed, or send 'Authorization: Bearer "
                    + "<token>'");
            return;
        }
        if (verdict == AccessGuard.Verdict.ALLOW_AND_SET_COOKIE) {
            ctx.header("Set-Cookie", AccessGuard.COOKIE + "=" + ctx.queryParam(AccessGuard.QUERY_PARAMETER)
                    + "; Path=/; HttpOnly; SameSite=Strict");
        }
        // the token is compared, never used as a path, and may hold '..'
        Map<String, List<String>> parameters = new HashMap<>(ctx.queryParamMap());
        parameters.remove(AccessGuard.QUERY_PARAMETER);
        PathGuard.refusal(ctx.req().getRequestURI(), parameters).ifPresent(reason -> refuse(ctx, 400, reason));
    }

    private void eventStreamRequest(Context ctx) {
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            refuse(ctx, 406, "the event stream needs the header 'Accept: text/event-stream'");
            return;
        }
        runs.requireRun(ctx);
    }

    private void asset(Context ctx, String name) {
        Assets.Asset asset = assets.get(name).orElseThrow(() -> ApiException.notFound(
                String.format(Locale.ROOT, "no asset named '%s'", name), false));
        ctx.contentType(asset.contentType()).result(asset.bytes());
    }

    private void error(Exception e, Context ctx) {
        ApiException api = ErrorMapping.translate(e);
        if (ErrorMapping.isInternal(api)) {
            LOG.log(Level.ERROR, "request " + ctx.method() + " " + ctx.path() + " failed", e);
        }
        ctx.status(api.status()).json(api.body());
    }

    private void notFound(Context ctx) {
        String body = ctx.result();
        if (body == null || body.isEmpty() || !"application/json".equals(ctx.res().getContentType())) {
            ctx.json(new ApiError(String.format(Locale.ROOT, "no endpoint %s %s", ctx.method(), ctx.path()), false));
        }
    }

    private static void refuse(Context ctx, int status, String message) {
        ctx.status(status).json(new ApiError(message, false));
        ctx.skipRemainingHandlers();
    }

    private static InetAddress remote(Context ctx) {
        // the socket's address: X-Forwarded-For and the like are never trusted
        String address = ctx.req().getRemoteAddr();
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("remote address is not an IP literal: '" + address + "'", e);
        }
    }
}
