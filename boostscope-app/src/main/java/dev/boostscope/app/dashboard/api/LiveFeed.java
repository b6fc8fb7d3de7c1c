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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

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
        return new StepEvent(step, trial.loadedAllSteps(), metrics(trial, step), confusion);
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
            if (MetricName.isMetricName(name) && tensor.steps().contains(step)) {
                NdArray value = tensor.value(step);
                if (value.dtype() != DType.STRING && value.size() > 0) {
                    points.add(new MetricPoint(name, value.getDouble(0)));
                }
            }
        }
        return points;
    }
}
