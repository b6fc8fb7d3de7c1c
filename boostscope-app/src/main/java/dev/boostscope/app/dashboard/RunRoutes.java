// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boostscope.app.dashboard.api.ApiException;
import dev.boostscope.app.dashboard.api.RunDetail;
import dev.boostscope.app.dashboard.api.RunList;
import dev.boostscope.app.dashboard.api.RunSummary;
import dev.boostscope.app.dashboard.api.RunViews;
import dev.boostscope.app.dashboard.api.TrialInfo;
import dev.boostscope.app.dashboard.live.RunHub;
import dev.boostscope.app.dashboard.runs.JobStatuses;
import dev.boostscope.app.dashboard.runs.RunCatalog;
import dev.boostscope.app.dashboard.runs.RunListing;
import dev.boostscope.core.TrialNotFoundException;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.lang.System.Logger.Level;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The handlers of the runs list, a run's detail and a run's event stream.
 *
 * <p>Thread-safe.
 */
final class RunRoutes {
    private static final System.Logger LOG = System.getLogger(RunRoutes.class.getName());

    private final RunCatalog catalog;
    private final RunHub hub;
    private final ObjectMapper mapper;

    RunRoutes(RunCatalog catalog, RunHub hub, ObjectMapper mapper) {
        this.catalog = catalog;
        this.hub = hub;
        this.mapper = mapper;
    }

    RunHub hub() {
        return hub;
    }

    /** {@code GET /api/runs}. */
    void runs(Context ctx) {
        ctx.json(new RunList(catalog.list().stream().map(RunSummary::of).toList()));
    }

    /** {@code GET /api/runs/{id}}. */
    void run(Context ctx) {
        RunListing run = find(ctx);
        ctx.json(new RunDetail(RunSummary.of(run), trialInfo(run), JobStatuses.describe(run.run()).orElse(null)));
    }

    /** {@code GET /api/runs/{id}/events}, once the id was checked by {@link #requireRun}. */
    void events(SseClient client) {
        RunListing run = find(client.ctx());
        AutoCloseable watch = hub.watch(run.run(), new SseWatcher(client, mapper));
        client.onClose(() -> stop(watch, run));
        client.keepAlive();
    }

    /** A before-handler: answers 404 for an unknown run, so that an event stream never starts for one. */
    void requireRun(Context ctx) {
        find(ctx);
    }

    RunListing find(Context ctx) {
        String id = ctx.pathParam("id");
        return catalog.find(id).orElseThrow(() -> ApiException.notFound(
                String.format(Locale.ROOT, "no run with id '%s': see GET /api/runs", id), false));
    }

    private @Nullable TrialInfo trialInfo(RunListing run) {
        try {
            return hub.use(run.run(), RunViews::trialInfo);
        } catch (TrialNotFoundException e) {
            // a job that has not written its trial yet: the detail shows the job alone
            if (run.run().job().isEmpty()) {
                throw e;
            }
            return null;
        }
    }

    private static void stop(AutoCloseable watch, RunListing run) {
        try {
            watch.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "cannot stop watching run '" + run.run().id() + "'", e);
        }
    }
}
