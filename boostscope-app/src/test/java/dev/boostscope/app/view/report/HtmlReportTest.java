// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.app.view.model.RunSnapshot;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class HtmlReportTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");
    private static final String PAYLOAD = "<script>alert('x')</script>";

    // each report renders a dozen charts: render each once for the whole class
    private static final Map<String, String> REPORTS = new ConcurrentHashMap<>();

    private static String render(RunSnapshot snapshot) {
        return REPORTS.computeIfAbsent(snapshot.trialName(), name -> HtmlReport.render(snapshot, NOW));
    }

    @Test
    void render_multiclass_hasEverySectionTitleInOrder() {
        String html = render(Snapshots.multiclass(PAYLOAD));

        assertThat(HtmlReport.SECTION_TITLES).hasSize(11);
        int from = 0;
        for (int i = 0; i < HtmlReport.SECTION_TITLES.size(); i++) {
            String heading = "<h2>" + (i + 1) + ". " + HtmlReport.SECTION_TITLES.get(i) + "</h2>";
            int at = html.indexOf(heading, from);
            assertThat(at).as("position of %s after %d", heading, from).isGreaterThanOrEqualTo(from);
            from = at + heading.length();
        }
        assertThat(HtmlReport.SECTION_TITLES).containsExactly("Distribution of True Labels of the Dataset",
                "Loss versus Step Graph", "Feature Importance", "Confusion Matrix",
                "Evaluation of the Confusion Matrix", "Accuracy Rate of Each Diagonal Element Over Iteration",
                "Receiver Operating Characteristic Curve", "Distribution of Residuals at the Last Saved Step",
                "Absolute Validation Error per Label Bin Over Iteration", "SHAP Summary", "Hyperparameters");
    }

    @Test
    void render_multiclass_chartsForClassificationAndNotApplicableForRegressionAndRoc() {
        String html = render(Snapshots.multiclass(PAYLOAD));

        assertThat(section(html, "confusion")).contains("<img");
        assertThat(section(html, "evaluation")).contains("<td>micro</td>", "<td>macro</td>", "<td>weighted</td>");
        assertThat(section(html, "roc")).contains("applies to binary classification; this run is a multiclass");
        assertThat(section(html, "residuals")).contains("applies to regression");
        assertThat(section(html, "importance")).contains("<dt>weight</dt>", "<dt>gain</dt>");
    }

    @Test
    void render_binary_showsRocWithAuc() {
        String roc = section(render(Snapshots.binary()), "roc");

        assertThat(roc).contains("AUC = 1.0000").contains("<img");
    }

    @Test
    void render_regression_showsResidualsAndBinErrors() {
        String html = render(Snapshots.regression());

        assertThat(section(html, "residuals")).contains("<img");
        assertThat(section(html, "bin-error")).contains("<img");
        assertThat(section(html, "confusion")).contains("applies to classification; this run is a regression");
    }

    @Test
    void render_withoutFeatureImportance_saysWhichCollectionToEnable() {
        String html = render(Snapshots.metricsOnly());

        assertThat(section(html, "importance"))
                .contains("enable the <code>feature_importance</code> collection");
        assertThat(section(html, "confusion"))
                .contains("enable the <code>labels</code> and <code>predictions</code> collections");
        assertThat(section(html, "labels")).contains("enable the <code>labels</code> collection");
        assertThat(section(html, "shap")).contains("enable the <code>average_shap</code> collection");
        assertThat(section(html, "hyperparameters")).contains("enable the <code>hyperparameters</code> collection");
    }

    @Test
    void render_htmlInTrialTensorAndParameterNames_isEscaped() {
        String html = render(Snapshots.multiclass(PAYLOAD));

        String escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";
        assertThat(html).doesNotContain(PAYLOAD).doesNotContainIgnoringCase("<script")
                .contains("<title>Training report: " + escaped + "</title>")
                .contains("<tr><td><code>" + escaped + "</code></td><td>" + escaped + "</td></tr>")
                .contains("<p>validation-" + escaped + " was");
    }

    @Test
    void render_any_isSelfContained() {
        String html = render(Snapshots.binary());

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("http://").doesNotContain("https://")
                .doesNotContain("<link").contains("<style>");
        Matcher sources = Pattern.compile("src=\"([^\"]*)\"").matcher(html);
        while (sources.find()) {
            assertThat(sources.group(1)).startsWith("data:image/png;base64,");
        }
    }

    @Test
    void render_header_namesTaskStepsAndTime() {
        String html = render(Snapshots.binary());

        assertThat(html).contains("binary classification", "3 saved steps, 0 to 4",
                "training in progress when generated", "generated 2026-11-26T10:15:30Z");
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\">");
        assertThat(start).as("section %s", id).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }
}
