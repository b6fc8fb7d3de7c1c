// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.report;

import dev.boostscope.app.view.model.RunSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Renders the training report: one self-contained HTML page (inline CSS, charts as PNG {@code data:} URIs, no
 * script, no external resource) with the nine sections of SageMaker's XGBoost report, in its order, plus a SHAP
 * summary and the hyperparameters. A section whose data was not saved says which collection to enable; one that does
 * not apply to the run's task says so.
 *
 * <p>Stateless; thread-safe.
 */
public final class HtmlReport {
    /** The section titles, in page order. */
    public static final List<String> SECTION_TITLES = sections().stream().map(Section::title).toList();

    private HtmlReport() {
    }

    /** One section: its anchor, title and body. */
    private record Section(String id, String title, Function<RunSnapshot, String> body) {
    }

    private static List<Section> sections() {
        return List.of(
                new Section("labels", "Distribution of True Labels of the Dataset", ReportSections::labelDistribution),
                new Section("loss", "Loss versus Step Graph", ReportSections::losses),
                new Section("importance", "Feature Importance", ReportSections::importance),
                new Section("confusion", "Confusion Matrix", OutcomeSections::confusion),
                new Section("evaluation", "Evaluation of the Confusion Matrix", OutcomeSections::evaluation),
                new Section("class-accuracy", "Accuracy Rate of Each Diagonal Element Over Iteration",
                        OutcomeSections::classAccuracy),
                new Section("roc", "Receiver Operating Characteristic Curve", OutcomeSections::roc),
                new Section("residuals", "Distribution of Residuals at the Last Saved Step",
                        OutcomeSections::residuals),
                new Section("bin-error", "Absolute Validation Error per Label Bin Over Iteration",
                        OutcomeSections::binErrors),
                new Section("shap", "SHAP Summary", ReportSections::shap),
                new Section("hyperparameters", "Hyperparameters", ReportSections::hyperparameters));
    }

    /**
     * Renders the report of a snapshot. Renders every chart, so takes a second or more.
     *
     * @param snapshot what to report
     * @param generatedAt when the report is made, printed in its header
     * @return the HTML page
     */
    public static String render(RunSnapshot snapshot, Instant generatedAt) {
        Objects.requireNonNull(snapshot, "snapshot");
        StringBuilder page = new StringBuilder(256 * 1024);
        String name = Html.escape(snapshot.trialName());
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Training report: ").append(name).append("</title>\n<style>\n").append(css())
                .append("</style>\n</head>\n<body>\n<main>\n");
        header(page, snapshot, generatedAt);
        List<Section> sections = sections();
        navigation(page, sections);
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            page.append("<section id=\"").append(section.id()).append("\">\n<h2>").append(i + 1).append(". ")
                    .append(section.title()).append("</h2>\n").append(section.body().apply(snapshot))
                    .append("</section>\n");
        }
        page.append("<footer>Made by Boostscope from an smdebug-format trial. Self-contained: no script, no "
                + "external resource.</footer>\n</main>\n</body>\n</html>\n");
        return page.toString();
    }

    private static void navigation(StringBuilder page, List<Section> sections) {
        page.append("<nav aria-label=\"sections\"><ol>\n");
        for (Section section : sections) {
            page.append("<li><a href=\"#").append(section.id()).append("\">").append(section.title())
                    .append("</a></li>\n");
        }
        page.append("</ol></nav>\n");
    }

    private static void header(StringBuilder page, RunSnapshot snapshot, Instant generatedAt) {
        page.append("<header>\n<h1>Training report</h1>\n<p class=\"meta\"><span>trial <strong>")
                .append(Html.escape(snapshot.trialName())).append("</strong></span><span>")
                .append(Html.escape(ReportSections.problemName(snapshot.problem()))).append("</span><span>")
                .append(steps(snapshot)).append("</span><span>")
                .append(snapshot.workers().worthShowing()
                        ? Html.escape(snapshot.workers().describe()) + "</span><span>" : "")
                .append(snapshot.ended() ? "training ended" : "training in progress when generated")
                .append("</span><span>generated ").append(generatedAt.truncatedTo(ChronoUnit.SECONDS))
                .append("</span></p>\n");
        if (!snapshot.missingCollections().isEmpty()) {
            page.append(Html.note("Collections not saved by this run: " + String.join(", ",
                    snapshot.missingCollections()) + "."));
        }
        page.append("</header>\n");
    }

    private static String steps(RunSnapshot snapshot) {
        List<Integer> steps = snapshot.steps();
        if (steps.isEmpty()) {
            return "no complete step yet";
        }
        return String.format(Locale.ROOT, "%d saved step%s, %d to %d", steps.size(), steps.size() == 1 ? "" : "s",
                steps.get(0), steps.get(steps.size() - 1));
    }

    private static String css() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css missing from the class path next to HtmlReport");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report.css from the class path", e);
        }
    }
}
