// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import dev.boostscope.app.view.extract.RunSnapshots;
import dev.boostscope.app.view.model.FeatureImportance;
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
 * {@code boostscope plot importance}: the top features of each importance type at the last step, as bars, one panel
 * per type, as a PNG.
 *
 * <p>Not thread-safe.
 */
@Command(name = "importance", mixinStandardHelpOptions = true,
        description = {"Draw the most important features at the last step, one panel per importance type (PNG).",
            "Needs the feature_importance collection."})
final class PlotImportanceCommand extends ViewCommand implements Callable<Integer> {
    @Option(names = "--trial", required = true, paramLabel = "URI", description = "The trial: a folder, file: URI or "
            + "s3://bucket/prefix.")
    String trial;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PNG file to write.")
    Path out;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "Only this importance type: weight, gain, cover, total_gain or total_cover (default: "
                    + "every type saved).")
    @Nullable String type;

    @Option(names = "--top", defaultValue = "20", paramLabel = "N",
            description = "How many features per type (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "900",
            description = "Image width in pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", paramLabel = "PX", description = "Image height in pixels (default: fits the bars).")
    @Nullable Integer height;

    @Override
    public Integer call() {
        requireExtension(out, "png");
        pixels("--width", width);
        if (height != null) {
            pixels("--height", height);
        }
        if (top < 1) {
            throw new IllegalArgumentException("--top must be positive: " + top);
        }
        List<FeatureImportance> types;
        try (Trial opened = open(trial)) {
            types = select(RunSnapshots.importance(chosen(opened)));
        }
        List<JFreeChart> charts = types.stream().map(t -> Charts.importance(t, top)).toList();
        int total = height == null ? types.size() * Math.max(220, 110 + 24 * Math.min(top, maxFeatures(types)))
                : height;
        OutputFiles.write(out, ChartImages.png(ChartImages.stack(charts, width, total)));
        say(String.format(Locale.ROOT, "wrote %s (%s, top %d, %dx%d)", out, String.join(", ",
                types.stream().map(FeatureImportance::type).toList()), top, width, total));
        return 0;
    }

    private List<FeatureImportance> select(List<FeatureImportance> saved) {
        if (saved.isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "trial '%s' has no feature importance to draw: enable the feature_importance collection", trial));
        }
        if (type == null) {
            return saved;
        }
        List<FeatureImportance> chosen = saved.stream().filter(t -> t.type().equals(type)).toList();
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "--type must be one of the types saved "
                    + "(%s): '%s'", String.join(", ", saved.stream().map(FeatureImportance::type).toList()), type));
        }
        return chosen;
    }

    private static int maxFeatures(List<FeatureImportance> types) {
        return types.stream().mapToInt(t -> t.features().size()).max().orElse(1);
    }
}
