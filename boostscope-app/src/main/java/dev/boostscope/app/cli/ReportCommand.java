// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import dev.boostscope.app.view.extract.RunSnapshots;
import dev.boostscope.app.view.model.RunSnapshot;
import dev.boostscope.app.view.report.HtmlReport;
import dev.boostscope.trial.Trial;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code boostscope report}: the self-contained HTML training report.
 *
 * <p>Not thread-safe.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a self-contained HTML training report, as SageMaker's XGBoost report.",
            "Sections: label distribution, loss curves, feature importance, confusion matrix and its evaluation, "
                + "per-class accuracy, ROC for binary runs, residuals and per-bin errors for regression.",
            "Works on a running trial too: it reports the steps complete so far."})
final class ReportCommand extends ViewCommand implements Callable<Integer> {
    /** The clock printed in the report's header; tests replace it. */
    InstantSource clock = InstantSource.system();

    @Option(names = "--trial", required = true, paramLabel = "URI", description = "The trial: a folder, file: URI or "
            + "s3://bucket/prefix.")
    String trial;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The HTML file to write.")
    Path out;

    @Override
    public Integer call() {
        requireExtension(out, "html", "htm");
        RunSnapshot snapshot;
        try (Trial opened = open(trial)) {
            if (worker != null) {
                WorkerChoice.check(opened, worker);
            }
            snapshot = RunSnapshots.from(opened, worker);
        }
        String html = HtmlReport.render(snapshot, clock.instant());
        OutputFiles.write(out, html.getBytes(StandardCharsets.UTF_8));
        say(String.format(Locale.ROOT, "wrote %s (%d sections, %d steps%s)", out, HtmlReport.SECTION_TITLES.size(),
                snapshot.steps().size(), snapshot.missingCollections().isEmpty() ? ""
                        : "; not saved: " + String.join(", ", snapshot.missingCollections())));
        return 0;
    }
}
