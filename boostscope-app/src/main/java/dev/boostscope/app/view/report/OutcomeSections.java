// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.report;

import dev.boostscope.app.view.model.ClassScores;
import dev.boostscope.app.view.model.ClassificationScores;
import dev.boostscope.app.view.model.ConfusionAtStep;
import dev.boostscope.app.view.model.ProblemType;
import dev.boostscope.app.view.model.RunSnapshot;
import dev.boostscope.app.view.model.Scores;
import dev.boostscope.app.view.model.Series;
import dev.boostscope.app.view.plot.Charts;
import dev.boostscope.app.view.plot.ConfusionChart;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The bodies of the report's sections that need labels and predictions: confusion matrix and its evaluation,
 * per-class accuracy, ROC, residuals and per-bin errors. Each says which collections to enable when they are missing,
 * and when it does not apply to the run's task.
 *
 * <p>Stateless; thread-safe.
 */
final class OutcomeSections {
    private static final List<String> OUTCOME_COLLECTIONS = List.of("labels", "predictions");
    private static final int WIDTH = ReportSections.WIDTH;

    private OutcomeSections() {
    }

    static String confusion(RunSnapshot snapshot) {
        return classification(snapshot).orElseGet(() -> {
            ConfusionAtStep last = snapshot.classification().last();
            int side = Math.min(WIDTH, 360 + 40 * last.matrix().classCount());
            return Html.note(String.format(Locale.ROOT, "At step %d, the last saved step. Rows are true labels and "
                    + "columns predictions; each cell shows its count and is coloured by its share of the row.",
                    last.step())) + Html.chart(ConfusionChart.create(last.matrix(), "Confusion matrix at step "
                    + last.step()), "Confusion matrix at step " + last.step(), side + 60, side);
        });
    }

    static String evaluation(RunSnapshot snapshot) {
        return classification(snapshot).orElseGet(() -> {
            ClassificationScores scores = snapshot.classification().scores();
            StringBuilder body = new StringBuilder(Html.note(String.format(Locale.ROOT, "Precision, recall and F1 "
                    + "at step %d. Micro averages count every row once (they equal the accuracy); macro averages "
                    + "weigh every class equally; weighted averages weigh classes by their support.",
                    snapshot.classification().last().step())));
            body.append("<table>\n<thead><tr><th>average</th><th>precision</th><th>recall</th><th>F1</th></tr>"
                    + "</thead>\n<tbody>\n");
            averageRow(body, "micro", scores.micro());
            averageRow(body, "macro", scores.macro());
            averageRow(body, "weighted", scores.weighted());
            body.append("</tbody>\n</table>\n<h3>Per class</h3>\n<table>\n<thead><tr><th>class</th>"
                    + "<th>precision</th><th>recall</th><th>F1</th><th>support</th></tr></thead>\n<tbody>\n");
            for (ClassScores row : scores.classes()) {
                body.append("<tr><td>").append(Html.escape(row.label())).append("</td>").append(cells(row.scores()))
                        .append("<td>").append(row.support()).append("</td></tr>\n");
            }
            return body.append("</tbody>\n</table>\n").toString();
        });
    }

    static String classAccuracy(RunSnapshot snapshot) {
        return classification(snapshot).orElseGet(() -> Html.note("The diagonal of the row-normalised confusion "
                + "matrix at each saved step: the share of each class's rows predicted right (its recall).")
                + Html.chart(Charts.lines("Accuracy of each class over the steps", "step", "share predicted right",
                        snapshot.classification().classAccuracy().stream()
                                .map(curve -> new Series("class " + curve.name(), curve.points())).toList()),
                        "Accuracy of each class over the steps", WIDTH, 420));
    }

    static String roc(RunSnapshot snapshot) {
        Optional<String> problem = classification(snapshot);
        if (problem.isPresent()) {
            return problem.get();
        }
        if (snapshot.problem() != ProblemType.BINARY) {
            return Html.notApplicable("The ROC curve applies to binary classification; this run is a "
                    + ReportSections.problemName(snapshot.problem()) + ".");
        }
        if (!snapshot.classification().roc().hasData()) {
            return Html.notApplicable("The labels of the last step hold only one class, so there is no ROC curve.");
        }
        return Html.note(String.format(Locale.ROOT, "True positive rate against false positive rate as the "
                + "threshold falls, at step %d. AUC = %.4f (0.5 is chance, 1 is perfect).",
                snapshot.classification().last().step(), snapshot.classification().roc().auc()))
                + Html.chart(Charts.roc(snapshot.classification().roc()), "ROC curve", 620, 560);
    }

    static String residuals(RunSnapshot snapshot) {
        return regression(snapshot).orElseGet(() -> Html.note(String.format(Locale.ROOT, "Label minus prediction "
                + "for each validation row at step %d. A distribution centred on 0 and narrow is what a good model "
                + "gives; a shifted centre means a bias.", snapshot.regression().step()))
                + Html.chart(Charts.histogram("Residuals at step " + snapshot.regression().step(), "residual",
                        snapshot.regression().residuals()), "Distribution of residuals", WIDTH, 400));
    }

    static String binErrors(RunSnapshot snapshot) {
        return regression(snapshot).orElseGet(() -> Html.note("The label range split into 10 equal intervals; "
                + "for each, the mean absolute error of its rows at each saved step.")
                + Html.chart(Charts.lines("Absolute error per label bin", "step", "mean |prediction - label|",
                        snapshot.regression().binErrors()), "Absolute error per label bin", WIDTH, 440));
    }

    /** Returns the text that replaces a classification section, or empty if the section has data. */
    private static Optional<String> classification(RunSnapshot snapshot) {
        if (snapshot.classification().hasData()) {
            return Optional.empty();
        }
        if (snapshot.problem() == ProblemType.REGRESSION) {
            return Optional.of(Html.notApplicable("This section applies to classification; this run is a "
                    + "regression."));
        }
        return Optional.of(Html.enable(missingOutcomes(snapshot)));
    }

    private static Optional<String> regression(RunSnapshot snapshot) {
        if (snapshot.regression().hasData()) {
            return Optional.empty();
        }
        if (snapshot.problem().isClassification()) {
            return Optional.of(Html.notApplicable("This section applies to regression; this run is a "
                    + ReportSections.problemName(snapshot.problem()) + "."));
        }
        return Optional.of(Html.enable(missingOutcomes(snapshot)));
    }

    private static List<String> missingOutcomes(RunSnapshot snapshot) {
        List<String> missing = OUTCOME_COLLECTIONS.stream().filter(snapshot::missing).toList();
        return missing.isEmpty() ? OUTCOME_COLLECTIONS : missing;
    }

    private static void averageRow(StringBuilder body, String name, Scores scores) {
        body.append("<tr><td>").append(name).append("</td>").append(cells(scores)).append("</tr>\n");
    }

    private static String cells(Scores scores) {
        return "<td>" + Html.number(scores.precision()) + "</td><td>" + Html.number(scores.recall()) + "</td><td>"
                + Html.number(scores.f1()) + "</td>";
    }
}
