// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import dev.boostscope.app.view.extract.RunSnapshots;
import dev.boostscope.app.view.model.ConfusionAtStep;
import dev.boostscope.app.view.plot.ChartImages;
import dev.boostscope.app.view.plot.ConfusionGif;
import dev.boostscope.app.view.plot.GifOptions;
import dev.boostscope.trial.Trial;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code boostscope plot confusion}: the animated confusion matrix (one frame per saved step) as a GIF, or the last
 * step's heatmap as a PNG.
 *
 * <p>Not thread-safe.
 */
@Command(name = "confusion", mixinStandardHelpOptions = true,
        description = {"Draw the confusion matrix: an animated GIF with one frame per saved step (the notebook's "
                + "cm.gif), or with --out *.png the heatmap of the last step.",
            "Needs the labels and predictions collections of a classification run."})
final class PlotConfusionCommand extends ViewCommand implements Callable<Integer> {
    @Option(names = "--trial", required = true, paramLabel = "URI", description = "The trial: a folder, file: URI or "
            + "s3://bucket/prefix.")
    String trial;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write: .gif or .png.")
    Path out;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "640",
            description = "Image width in pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", paramLabel = "PX", defaultValue = "560",
            description = "Image height in pixels (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--delay-ms", defaultValue = "600", paramLabel = "MS",
            description = "How long each GIF frame shows (default: ${DEFAULT-VALUE}).")
    long delayMillis;

    @Override
    public Integer call() {
        String format = requireExtension(out, "gif", "png");
        if (delayMillis < 10 || delayMillis > 655_350) {
            throw new IllegalArgumentException("--delay-ms must be 10 to 655350: " + delayMillis);
        }
        GifOptions options = new GifOptions(pixels("--width", width), pixels("--height", height),
                Duration.ofMillis(delayMillis));
        List<ConfusionAtStep> frames;
        try (Trial opened = open(trial)) {
            frames = RunSnapshots.confusion(chosen(opened));
        }
        if (frames.isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "trial '%s' has no confusion matrix to draw: "
                    + "it needs the labels and predictions collections of a classification run", trial));
        }
        OutputFiles.write(out, format.equals("gif") ? gif(frames, options)
                : ChartImages.png(ConfusionGif.frame(frames.get(frames.size() - 1), options)));
        say(String.format(Locale.ROOT, "wrote %s (%s)", out, format.equals("gif")
                ? frames.size() + " frame" + (frames.size() == 1 ? "" : "s") + ", steps " + frames.get(0).step()
                        + " to " + frames.get(frames.size() - 1).step()
                : "step " + frames.get(frames.size() - 1).step()));
        return 0;
    }

    private static byte[] gif(List<ConfusionAtStep> frames, GifOptions options) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConfusionGif.write(frames, options, bytes);
        return bytes.toByteArray();
    }
}
