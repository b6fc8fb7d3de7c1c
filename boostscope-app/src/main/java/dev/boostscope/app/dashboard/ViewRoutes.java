// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import dev.boostscope.app.dashboard.api.ApiException;
import dev.boostscope.app.dashboard.api.ConfusionViews;
import dev.boostscope.app.dashboard.api.RunViews;
import dev.boostscope.trial.Trial;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The handlers of a run's views: metric curves, confusion matrices and their steps, per-class accuracy, feature
 * importance and SHAP, each of the first worker or of the one the {@code worker} parameter names, and every worker's
 * metric curves. Parameters are validated here (400 on a bad one); the trial is the run's shared one.
 *
 * <p>Thread-safe.
 */
final class ViewRoutes {
    /** How many features the importance view shows unless {@code top} says otherwise. */
    static final int DEFAULT_IMPORTANCE_TOP = 10;
    /** How many features the SHAP view shows unless {@code top} says otherwise. */
    static final int DEFAULT_SHAP_TOP = 20;
    private static final Pattern TYPE = Pattern.compile("[a-z_]{1,32}");
    private static final Pattern WORKER = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    private final RunRoutes runs;

    ViewRoutes(RunRoutes runs) {
        this.runs = runs;
    }

    void register(JavalinConfig config) {
        config.routes.get("/api/runs/{id}/metrics", ctx -> ctx.json(onTrial(ctx, RunViews::metrics)));
        config.routes.get("/api/runs/{id}/metrics/workers",
                ctx -> ctx.json(runs.hub().use(runs.find(ctx).run(), RunViews::metricsByWorker)));
        config.routes.get("/api/runs/{id}/confusion/steps", ctx -> ctx.json(onTrial(ctx, ConfusionViews::steps)));
        config.routes.get("/api/runs/{id}/confusion", ctx -> {
            Integer step = step(ctx);
            ctx.json(onTrial(ctx, trial -> ConfusionViews.at(trial, step)));
        });
        config.routes.get("/api/runs/{id}/class-accuracy",
                ctx -> ctx.json(onTrial(ctx, ConfusionViews::classAccuracy)));
        config.routes.get("/api/runs/{id}/importance", ctx -> {
            String type = type(ctx);
            int top = top(ctx, DEFAULT_IMPORTANCE_TOP);
            ctx.json(onTrial(ctx, trial -> RunViews.importance(trial, type, top)));
        });
        config.routes.get("/api/runs/{id}/shap", ctx -> {
            int top = top(ctx, DEFAULT_SHAP_TOP);
            ctx.json(onTrial(ctx, trial -> RunViews.shap(trial, top)));
        });
    }

    /** Computes a view on the run's trial, or on one worker of it when the {@code worker} parameter names one. */
    private <T> T onTrial(Context ctx, Function<Trial, T> view) {
        String worker = worker(ctx);
        return runs.hub().use(runs.find(ctx).run(), trial -> view.apply(RunViews.forWorker(trial, worker)));
    }

    static @Nullable String worker(Context ctx) {
        String text = ctx.queryParam("worker");
        if (text != null && !WORKER.matcher(text).matches()) {
            throw ApiException.badParameter(String.format(Locale.ROOT,
                    "parameter 'worker' must be a worker name such as 'worker_0': '%s'", text));
        }
        return text;
    }

    static @Nullable Integer step(Context ctx) {
        String text = ctx.queryParam("step");
        if (text == null) {
            return null;
        }
        try {
            int step = Integer.parseInt(text);
            if (step >= 0) {
                return step;
            }
        } catch (NumberFormatException ignored) {
            // not a number: reported below with the value, as a negative one is
        }
        throw ApiException.badParameter(String.format(Locale.ROOT,
                "parameter 'step' must be a non-negative integer: '%s'", text));
    }

    static int top(Context ctx, int fallback) {
        String text = ctx.queryParam("top");
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(String.format(Locale.ROOT,
                    "parameter 'top' must be an integer between 1 and %d: '%s'", RunViews.MAX_TOP, text));
        }
    }

    static @Nullable String type(Context ctx) {
        String text = ctx.queryParam("type");
        if (text != null && !TYPE.matcher(text).matches()) {
            throw ApiException.badParameter(String.format(Locale.ROOT,
                    "parameter 'type' must be an importance type such as 'gain': '%s'", text));
        }
        return text;
    }
}
