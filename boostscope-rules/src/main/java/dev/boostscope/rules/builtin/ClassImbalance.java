// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import dev.boostscope.rules.Finding;
import dev.boostscope.rules.ParameterSpec;
import dev.boostscope.rules.Rule;
import dev.boostscope.rules.RuleContext;
import dev.boostscope.rules.RuleDefinition;
import dev.boostscope.rules.RuleParameters;
import dev.boostscope.rules.RuleRequirements;
import dev.boostscope.rules.RuleResult;
import dev.boostscope.trial.Trial;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Fires when the classes are imbalanced ({@code count(largest) / count(smallest) > threshold_imbalance}) or a class is
 * mostly mispredicted ({@code mispredicted / count > threshold_misprediction}). Labels and predictions are accumulated
 * over saved steps until at least {@code samples} labels are in hand; that window is then evaluated and a new one
 * starts. XGBoost saves the whole validation set at every saved step, so with {@code samples} at most its size each
 * step is judged on its own predictions.
 *
 * <p>Not thread-safe: holds the current window (see {@link Rule}).
 */
final class ClassImbalance implements Rule {
    static final String NAME = "ClassImbalance";

    private final double thresholdImbalance;
    private final double thresholdMisprediction;
    private final int samples;
    private final boolean argmax;
    private final String labelsRegex;
    private final String predictionsRegex;
    private final Map<Integer, long[]> window = new TreeMap<>();
    private long windowSize;
    private int windowStart = -1;

    private ClassImbalance(RuleParameters parameters) {
        this.thresholdImbalance = parameters.number("threshold_imbalance", 1, Double.MAX_VALUE);
        this.thresholdMisprediction = parameters.number("threshold_misprediction", 0, 1);
        this.samples = parameters.integer("samples", 1);
        this.argmax = parameters.flag("argmax");
        this.labelsRegex = parameters.requiredText("labels_regex");
        this.predictionsRegex = parameters.requiredText("predictions_regex");
        TensorSelection.checkRegex(parameters, "labels_regex", labelsRegex);
        TensorSelection.checkRegex(parameters, "predictions_regex", predictionsRegex);
    }

    static RuleDefinition definition() {
        return new RuleDefinition(NAME,
                "Fires when the largest class outnumbers the smallest by more than threshold_imbalance, or a class's "
                        + "share of mispredictions exceeds threshold_misprediction.",
                List.of(new ParameterSpec("threshold_imbalance", "10",
                                "Maximum ratio of the largest class count to the smallest."),
                        new ParameterSpec("threshold_misprediction", "0.7",
                                "Maximum share (0 to 1) of a class's samples that may be mispredicted."),
                        new ParameterSpec("samples", "500",
                                "Labels to accumulate over saved steps before a window is evaluated."),
                        new ParameterSpec("argmax", "False",
                                "Treat one-column predictions as probabilities (threshold 0.5) even when all are 0 "
                                        + "or 1; [N, C] predictions are always arg-maxed."),
                        new ParameterSpec("labels_regex", ".*labels", "Regex of the labels tensors."),
                        new ParameterSpec("predictions_regex", ".*predictions", "Regex of the predictions tensors.")),
                ClassImbalance::new);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RuleRequirements requirements() {
        return RuleRequirements.of(List.of("labels", "predictions"), List.of(labelsRegex, predictionsRegex));
    }

    @Override
    public RuleResult evaluate(RuleContext context, int step) {
        Trial trial = context.baseTrial();
        List<String> labels = trial.tensorNamesMatching(labelsRegex);
        List<String> predictions = trial.tensorNamesMatching(predictionsRegex);
        Classification last = null;
        for (int i = 0; i < Math.min(labels.size(), predictions.size()); i++) {
            if (savedAt(trial, labels.get(i), step) && savedAt(trial, predictions.get(i), step)) {
                last = Classification.read(trial, labels.get(i), predictions.get(i), step, argmax);
                accumulate(last, step);
            }
        }
        if (last == null) {
            throw NotSaved.at(NAME, "labels and predictions", step);
        }
        if (windowSize < samples) {
            return RuleResult.notFired();
        }
        Finding finding = check(last, step);
        window.clear();
        windowSize = 0;
        windowStart = -1;
        return finding == null ? RuleResult.notFired() : RuleResult.fired(finding);
    }

    private void accumulate(Classification classification, int step) {
        windowStart = windowStart < 0 ? step : windowStart;
        for (int row = 0; row < classification.labels().length; row++) {
            long[] counts = window.computeIfAbsent(classification.labels()[row], c -> new long[2]);
            counts[0]++;
            if (classification.predictions()[row] != classification.labels()[row]) {
                counts[1]++;
            }
        }
        windowSize += classification.labels().length;
    }

    private @Nullable Finding check(Classification names, int step) {
        int largest = -1;
        int smallest = -1;
        for (Map.Entry<Integer, long[]> entry : window.entrySet()) {
            long count = entry.getValue()[0];
            largest = largest < 0 || count > window.get(largest)[0] ? entry.getKey() : largest;
            smallest = smallest < 0 || count < window.get(smallest)[0] ? entry.getKey() : smallest;
        }
        double ratio = (double) window.get(largest)[0] / window.get(smallest)[0];
        if (ratio > thresholdImbalance) {
            return new Finding(names.labelsTensor(), ratio, thresholdImbalance, step, String.format(Locale.ROOT,
                    "class %d has %d samples and class %d has %d in steps %d to %d: ratio %s, above "
                            + "threshold_imbalance %s", largest, window.get(largest)[0], smallest,
                    window.get(smallest)[0], windowStart, step, Numbers.format(ratio),
                    Numbers.format(thresholdImbalance)));
        }
        return mispredicted(names, step);
    }

    private @Nullable Finding mispredicted(Classification names, int step) {
        for (Map.Entry<Integer, long[]> entry : window.entrySet()) {
            double share = (double) entry.getValue()[1] / entry.getValue()[0];
            if (share > thresholdMisprediction) {
                return new Finding(names.predictionsTensor(), share, thresholdMisprediction, step,
                        String.format(Locale.ROOT, "class %d: %d of its %d samples mispredicted (%s) in steps %d to "
                                        + "%d, above threshold_misprediction %s", entry.getKey(),
                                entry.getValue()[1], entry.getValue()[0], Numbers.format(share), windowStart, step,
                                Numbers.format(thresholdMisprediction)));
            }
        }
        return null;
    }

    static boolean savedAt(Trial trial, String tensor, int step) {
        return trial.tensor(tensor).steps().contains(step);
    }
}
