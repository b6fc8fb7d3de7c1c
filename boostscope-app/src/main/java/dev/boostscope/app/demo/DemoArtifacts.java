// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.demo;

import dev.boostscope.app.view.extract.RunSnapshots;
import dev.boostscope.app.view.model.ConfusionAtStep;
import dev.boostscope.app.view.plot.ConfusionGif;
import dev.boostscope.app.view.plot.GifOptions;
import dev.boostscope.app.view.report.HtmlReport;
import dev.boostscope.trial.Trial;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The files the demo leaves beside the trial: the animated confusion matrix ({@value #GIF}, the notebook's figure)
 * and the HTML report ({@value #REPORT}).
 *
 * @param gif the GIF
 * @param report the report
 */
record DemoArtifacts(Path gif, Path report) {
    static final String GIF = "cm.gif";
    static final String REPORT = "report.html";

    /** Writes both files into a folder from a finished trial. */
    static DemoArtifacts write(Trial trial, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path gif = folder.resolve(GIF);
        List<ConfusionAtStep> frames = RunSnapshots.confusion(trial);
        try (OutputStream out = Files.newOutputStream(gif)) {
            ConfusionGif.write(frames, GifOptions.DEFAULT, out);
        }
        Path report = folder.resolve(REPORT);
        Files.writeString(report, HtmlReport.render(RunSnapshots.from(trial), Instant.now()), StandardCharsets.UTF_8);
        return new DemoArtifacts(gif, report);
    }
}
