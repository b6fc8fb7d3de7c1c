// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.report;

import dev.boostscope.app.view.model.FeatureImportance;
import dev.boostscope.app.view.model.MetricGroup;
import dev.boostscope.app.view.model.ProblemType;
import dev.boostscope.app.view.model.RunSnapshot;
import dev.boostscope.app.view.plot.Charts;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bodies of the report's sections that need no predictions: label distribution, loss curves, feature importance,
 * SHAP summary and hyperparameters.
 *
 * <p>Stateless; thread-safe.
 */
final class ReportSections {
    static final int WIDTH = 900;
    static final int TOP_FEATURES = 20;
    private static final Map<String, String> IMPORTANCE_MEANING = Map.of(
            "weight", "how many times the feature is used to split the data, over all trees",
            "gain", "the average loss reduction of the splits that use the feature",
            "cover", "the average number of rows (sum of hessians) reaching the splits that use the feature",
            "total_gain", "the total loss reduction of the splits that use the feature",
            "total_cover", "the total number of rows (sum of hessians) reaching the splits that use the feature");

    private ReportSections() {
    }

    static String labelDistribution(RunSnapshot snapshot) {
        if (snapshot.labelDistribution().bins().isEmpty()) {
            return Html.enable(List.of("labels"));
        }
        boolean classes = snapshot.problem().isClassification();
        String note = classes ? "How many validation rows carry each class. A strongly uneven distribution can bias "
                + "the model towards the frequent classes." : "How the validation targets spread over their range.";
        return Html.note(note) + Html.chart(Charts.histogram("Distribution of true labels", classes ? "class"
                : "label", snapshot.labelDistribution()), "Distribution of true labels", WIDTH, 380);
    }

    static String losses(RunSnapshot snapshot) {
        if (snapshot.metrics().isEmpty()) {
            return Html.enable(List.of("metrics"));
        }
        StringBuilder body = new StringBuilder(Html.note("Each metric over the boosting rounds, on the training set "
                + "and on the validation sets. A validation loss that rises while the training loss keeps falling "
                + "is the sign of overfitting; both staying high is the sign of underfitting."));
        for (MetricGroup group : snapshot.metrics()) {
            body.append(Html.chart(Charts.metric(group), group.metric() + " over the steps", WIDTH, 380));
            LossAdvice.of(group).ifPresent(advice -> body.append("<p>").append(Html.escape(advice)).append("</p>\n"));
        }
        return body.toString();
    }

    static String importance(RunSnapshot snapshot) {
        if (snapshot.importance().isEmpty()) {
            return Html.enable(List.of("feature_importance"));
        }
        StringBuilder body = new StringBuilder("<dl>\n");
        for (FeatureImportance type : snapshot.importance()) {
            body.append("<dt>").append(Html.escape(type.type())).append("</dt><dd>")
                    .append(Html.escape(IMPORTANCE_MEANING.getOrDefault(type.type(), "an importance score")))
                    .append("</dd>\n");
        }
        body.append("</dl>\n").append(Html.note("Each type is normalised to sum to 1 at each step; features the "
                + "trees never split on do not appear."));
        for (FeatureImportance type : snapshot.importance()) {
            int bars = Math.min(TOP_FEATURES, type.features().size());
            body.append(Html.chart(Charts.importance(type, TOP_FEATURES), "Feature importance: " + type.type(),
                    WIDTH, barsHeight(bars)));
        }
        return body.toString();
    }

    static String shap(RunSnapshot snapshot) {
        if (snapshot.shap().features().isEmpty()) {
            return Html.enable(List.of("average_shap"));
        }
        List<dev.boostscope.app.view.model.FeatureScore> top = snapshot.shap().features()
                .subList(0, Math.min(TOP_FEATURES, snapshot.shap().features().size()));
        String subtitle = String.format(Locale.ROOT, "top %d of %d features; mean over the saved steps up to %d",
                top.size(), snapshot.shap().features().size(), snapshot.shap().lastStep());
        return Html.note("How far each feature moves the predictions: the magnitude of its average SHAP value.")
                + Html.chart(Charts.scores("SHAP summary", subtitle, "mean |average SHAP|", top), "SHAP summary",
                        WIDTH, barsHeight(top.size()));
    }

    static String hyperparameters(RunSnapshot snapshot) {
        if (snapshot.hyperparameters().isEmpty()) {
            return Html.enable(List.of("hyperparameters"));
        }
        StringBuilder table = new StringBuilder("<table class=\"text\">\n<thead><tr><th>name</th><th>value</th>"
                + "</tr></thead>\n<tbody>\n");
        snapshot.hyperparameters().forEach((name, value) -> table.append("<tr><td><code>").append(Html.escape(name))
                .append("</code></td><td>").append(Html.escape(value)).append("</td></tr>\n"));
        return table.append("</tbody>\n</table>\n").toString();
    }

    static String problemName(ProblemType problem) {
        switch (problem) {
            case BINARY: return "binary classification";
            case MULTICLASS: return "multiclass classification";
            case REGRESSION: return "regression";
            default: return "unknown task (no objective, labels or predictions saved)";
        }
    }

    static int barsHeight(int bars) {
        return Math.max(220, 110 + 24 * bars);
    }
}
