// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import dev.boostscope.app.view.extract.RunSnapshots;
import dev.boostscope.app.view.model.MetricGroup;
import dev.boostscope.app.view.plot.ChartImages;
import dev.boostscope.app.view.plot.Charts;
import dev.boostscope.trial.Trial;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jfree.chart.JFreeChart;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code boostscope plot metrics}: each metric's training and validation curves over the steps, one panel per metric,
 * as a PNG.
 *
 * <p>Not thread-safe.
 */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Draw each metric over the steps, training against validation, one panel per metric (PNG).")
final class PlotMetricsCommand extends ViewCommand implements Callable<Integer> {
    static final int PANEL_HEIGHT = 380;

    @Option(names = "--trial", required = true, paramLabel = "URI", description = "The trial: a folder, file: URI or "
            + "s3://bucket/prefix.")
    String trial;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PNG file to write.")
    Path out;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "900",
            description = "Image width in pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", paramLabel = "PX", description = "Image height in pixels (default: " + PANEL_HEIGHT
            + " per metric).")
    @Nullable Integer height;

    @Override
    public Integer call() {
        requireExtension(out, "png");
        pixels("--width", width);
        if (height != null) {
            pixels("--height", height);
        }
        List<MetricGroup> groups;
        try (Trial opened = open(trial)) {
            groups = RunSnapshots.metrics(chosen(opened));
        }
        if (groups.isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "trial '%s' has no metrics to draw: enable the metrics collection", trial));
        }
        List<JFreeChart> charts = groups.stream().map(Charts::metric).toList();
        int total = height == null ? PANEL_HEIGHT * charts.size() : height;
        OutputFiles.write(out, ChartImages.png(ChartImages.stack(charts, width, total)));
        say(String.format(Locale.ROOT, "wrote %s (%d metric%s, %dx%d)", out, charts.size(),
                charts.size() == 1 ? "" : "s", width, total));
        return 0;
    }
}
