// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.app.view.extract.TrialFixtures;
import dev.boostscope.app.view.report.HtmlReport;
import dev.boostscope.core.NdArray;
import dev.boostscope.testkit.FakeTrial;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReportCommandTest {
    @TempDir
    Path folder;

    @Test
    void report_multiclassTrial_writesEverySection() throws IOException {
        Cli cli = Cli.with(TrialFixtures.multiclass("mnist"));
        Path out = folder.resolve("report.html");

        int code = cli.run("report", "--trial", "runs/mnist", "--out", out.toString());

        assertThat(code).isZero();
        assertThat(cli.out()).isEqualTo("wrote " + out + " (11 sections, 3 steps)\n");
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html).contains(HtmlReport.SECTION_TITLES.toArray(String[]::new))
                .contains("generated 2026-11-26T10:15:30Z").contains("multiclass classification");
    }

    @Test
    void report_twoWorkers_listsTheWorkersAndTheOneRead() throws IOException {
        Path first = folder.resolve("first.html");
        Path second = folder.resolve("second.html");

        assertThat(Cli.with(TrialFixtures.twoWorkers("w")).run("report", "--trial", "w", "--out", first.toString()))
                .isZero();
        Cli cli = Cli.with(TrialFixtures.twoWorkers("w"));
        int code = cli.run("report", "--trial", "w", "--out", second.toString(), "--worker", "worker_1");

        assertThat(code).isZero();
        assertThat(Files.readString(first)).contains("<span>workers worker_0, worker_1 (values from worker_0)</span>");
        assertThat(Files.readString(second)).contains("<span>workers worker_0, worker_1 (values from worker_1)</span>");
    }

    @Test
    void report_unknownWorker_exitsTwoNamingTheWorkers() {
        Cli cli = Cli.with(TrialFixtures.twoWorkers("w"));

        int code = cli.run("report", "--trial", "w", "--out", folder.resolve("r.html").toString(), "--worker", "w9");

        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("boostscope: error: --worker must be one of the workers of memory:/w "
                + "(worker_0, worker_1): 'w9'\n");
    }

    @Test
    void report_trialWithoutImportance_saysToEnableTheCollection() throws IOException {
        Cli cli = Cli.with(TrialFixtures.regression());
        Path out = folder.resolve("r.html");

        assertThat(cli.run("report", "--trial", "r", "--out", out.toString())).isZero();

        assertThat(cli.out()).isEqualTo("wrote " + out + " (11 sections, 2 steps; not saved: average_shap, "
                + "feature_importance)\n");
        assertThat(Files.readString(out)).contains("enable the <code>feature_importance</code> collection");
    }

    @Test
    void report_scriptInTensorAndLabelNames_isEscaped() throws IOException {
        String payload = "<script>alert(1)</script>";
        FakeTrial trial = FakeTrial.newBuilder().name("run" + payload).uri(URI.create("memory:/evil"))
                .build();
        trial.addStep(0, Map.of("train-" + payload, NdArray.scalar(1), "hyperparameters/" + payload,
                NdArray.ofStrings(new String[] {payload}, 1), "feature_importance/gain/" + payload,
                NdArray.scalar(1)));
        trial.finish();
        Path out = folder.resolve("evil.html");

        assertThat(Cli.with(trial).run("report", "--trial", "t", "--out", out.toString())).isZero();

        assertThat(Files.readString(out)).doesNotContainIgnoringCase("<script").contains("&lt;script&gt;");
    }

    @Test
    void report_notHtml_isAUsageError() {
        Cli cli = Cli.with(TrialFixtures.regression());

        assertThat(cli.run("report", "--trial", "r", "--out", "report.pdf")).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("boostscope: error: --out must end in .html or .htm: 'report.pdf'\n");
    }
}
