// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.api;

import dev.boostscope.app.dashboard.live.RunFeed;
import dev.boostscope.app.dashboard.runs.JobStatuses;
import dev.boostscope.app.dashboard.runs.RunRef;
import dev.boostscope.app.view.model.ConfusionMatrix;
import dev.boostscope.app.view.model.MetricName;
import dev.boostscope.core.DType;
import dev.boostscope.core.NdArray;
import dev.boostscope.trial.Tensor;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What the dashboard pushes: for each step that lands, the metric values saved at that step and (for the newest step)
 * the step's confusion matrix, read with a few ranged reads, never the whole history; and a job's DescribeTrainingJob
 * status.
 *
 * <p>Thread-safe.
 */
public final class LiveFeed implements RunFeed {
    /** The names the metric curves take, as the view models read them. */
    static final String METRIC_REGEX = "^[^/-][^/]*-[^/]+$";

    @Override
    public StepEvent step(Trial trial, int step, boolean latest) {
        ConfusionMatrix confusion = latest ? ConfusionViews.atStepIfAny(trial, step) : null;
        return new StepEvent(step, trial.loadedAllSteps(), metrics(trial, step), confusion, workerMetrics(trial, step));
    }

    /** Returns every worker's metrics at a step when there are several workers, else null (left out of the JSON). */
    private static @Nullable Map<String, List<MetricPoint>> workerMetrics(Trial trial, int step) {
        List<String> workers = trial.workers();
        if (workers.size() < 2) {
            return null;
        }
        Map<String, List<MetricPoint>> byWorker = new LinkedHashMap<>();
        for (String worker : workers) {
            byWorker.put(worker, metrics(Trials.workerView(trial, worker), step));
        }
        return byWorker;
    }

    @Override
    public Optional<Object> job(RunRef run) {
        return JobStatuses.describe(run).map(json -> json);
    }

    private static List<MetricPoint> metrics(Trial trial, int step) {
        TreeSet<String> names = new TreeSet<>(trial.tensorNamesInCollection("metrics"));
        names.addAll(trial.tensorNamesMatching(METRIC_REGEX));
        List<MetricPoint> points = new ArrayList<>();
        for (String name : names) {
            Tensor tensor = trial.tensor(name);
            // workers(step), not steps().contains(step): one lookup, and a worker view answers for its worker
            if (MetricName.isMetricName(name) && !tensor.workers(step).isEmpty()) {
                NdArray value = tensor.value(step);
                if (value.dtype() != DType.STRING && value.size() > 0) {
                    points.add(new MetricPoint(name, value.getDouble(0)));
                }
            }
        }
        return points;
    }
}
