// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.app.view.extract.TrialFixtures;
import dev.boostscope.core.TrialNotFoundException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PlotCommandTest {
    @TempDir
    Path folder;

    @Test
    void confusion_gif_oneFramePerSavedStep() throws IOException {
        Cli cli = Cli.with(TrialFixtures.multiclass("mnist"));
        Path gif = folder.resolve("out/cm.gif");

        int code = cli.run("plot", "confusion", "--trial", "runs/mnist", "--out", gif.toString(), "--width", "320",
                "--height", "300");

        assertThat(code).isZero();
        assertThat(cli.out()).isEqualTo("wrote " + gif + " (3 frames, steps 0 to 4)\n");
        assertThat(cli.err()).isEmpty();
        try (ImageInputStream input = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(input);
            assertThat(reader.getNumImages(true)).isEqualTo(3);
            assertThat(reader.getWidth(0)).isEqualTo(320);
        }
    }

    @Test
    void plot_workerOption_drawsThatWorkerOrRejectsAnUnknownOne() {
        Path gif = folder.resolve("cm-worker-1.gif");
        Cli cli = Cli.with(TrialFixtures.twoWorkers("w"));

        int code = cli.run("plot", "confusion", "--trial", "w", "--out", gif.toString(), "--worker", "worker_1");
        Cli unknown = Cli.with(TrialFixtures.twoWorkers("w"));
        int bad = unknown.run("plot", "metrics", "--trial", "w", "--out", folder.resolve("m.png").toString(),
                "--worker", "worker_3");

        assertThat(code).isZero();
        assertThat(cli.out()).isEqualTo("wrote " + gif + " (3 frames, steps 0 to 4)\n");
        assertThat(bad).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("boostscope: error: --worker must be one of the workers of memory:/w "
                + "(worker_0, worker_1): 'worker_3'\n");
    }

    @Test
    void confusion_png_lastStepHeatmap() throws IOException {
        Cli cli = Cli.with(TrialFixtures.multiclass("mnist"));
        Path png = folder.resolve("cm.png");

        assertThat(cli.run("plot", "confusion", "--trial", "t", "--out", png.toString())).isZero();

        assertThat(cli.out()).isEqualTo("wrote " + png + " (step 4)\n");
        assertSize(png, 640, 560);
    }

    @Test
    void confusion_unknownExtension_isAUsageError() {
        Cli cli = Cli.with(TrialFixtures.multiclass("mnist"));

        int code = cli.run("plot", "confusion", "--trial", "t", "--out", "cm.txt");

        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("boostscope: error: --out must end in .gif or .png: 'cm.txt'\n");
    }

    @Test
    void confusion_regressionTrial_failsNamingTheCollections() {
        Cli cli = Cli.with(TrialFixtures.regression());

        int code = cli.run("plot", "confusion", "--trial", "runs/reg", "--out", folder.resolve("cm.gif").toString());

        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("boostscope: error: trial 'runs/reg' has no confusion matrix to draw: it "
                + "needs the labels and predictions collections of a classification run\n");
        assertThat(folder.resolve("cm.gif")).doesNotExist();
    }

    @Test
    void metrics_onePanelPerMetric_defaultHeight() throws IOException {
        Cli cli = Cli.with(TrialFixtures.multiclass("mnist"));
        Path png = folder.resolve("m.png");

        assertThat(cli.run("plot", "metrics", "--trial", "t", "--out", png.toString())).isZero();

        assertThat(cli.out()).isEqualTo("wrote " + png + " (2 metrics, 900x760)\n");
        assertSize(png, 900, 760);
    }

    @Test
    void metrics_givenSize_isRespected() throws IOException {
        Cli cli = Cli.with(TrialFixtures.regression());
        Path png = folder.resolve("m.png");

        assertThat(cli.run("plot", "metrics", "--trial", "t", "--out", png.toString(), "--width", "640",
                "--height", "480")).isZero();

        assertSize(png, 640, 480);
    }

    @Test
    void importance_oneType_topN() throws IOException {
        Cli cli = Cli.with(TrialFixtures.multiclass("mnist"));
        Path png = folder.resolve("fi.png");

        assertThat(cli.run("plot", "importance", "--trial", "t", "--out", png.toString(), "--type", "gain",
                "--top", "1", "--height", "300")).isZero();

        assertThat(cli.out()).isEqualTo("wrote " + png + " (gain, top 1, 900x300)\n");
        assertSize(png, 900, 300);
    }

    @Test
    void importance_typeNotSaved_listsTheSavedTypes() {
        Cli cli = Cli.with(TrialFixtures.multiclass("mnist"));

        int code = cli.run("plot", "importance", "--trial", "t", "--out", folder.resolve("fi.png").toString(),
                "--type", "cover");

        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("boostscope: error: --type must be one of the types saved (weight, gain): "
                + "'cover'\n");
    }

    @Test
    void importance_notSaved_saysWhichCollectionToEnable() {
        Cli cli = Cli.with(TrialFixtures.regression());

        int code = cli.run("plot", "importance", "--trial", "r", "--out", folder.resolve("fi.png").toString());

        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("boostscope: error: trial 'r' has no feature importance to draw: enable "
                + "the feature_importance collection\n");
    }

    @Test
    void plot_trialNotFound_isUsageErrorNamingTheOption() {
        Cli cli = new Cli(location -> {
            throw new TrialNotFoundException("no trial at file:/nowhere/: the folder does not exist",
                    URI.create("file:/nowhere/"), "the folder does not exist");
        });

        int code = cli.run("plot", "metrics", "--trial", "/nowhere", "--out", folder.resolve("m.png").toString());

        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("boostscope: error: --trial /nowhere: no trial there (the folder does not "
                + "exist): pass the debugger output folder of a job (its debug-output), an s3:// URI, or run "
                + "./boostscope jobs list\n");
    }

    @Test
    void plot_withoutKind_isAUsageError() {
        Cli cli = Cli.with(TrialFixtures.regression());

        assertThat(cli.run("plot")).isEqualTo(2);
        assertThat(cli.err()).startsWith("boostscope: error: a plot kind is required: confusion, metrics or "
                + "importance\nUsage: boostscope plot");
    }

    @Test
    void help_root_listsTheViewCommands() {
        Cli cli = Cli.with(TrialFixtures.regression());

        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out()).containsPattern("\\n  plot +Draw a trial to an image file")
                .containsPattern("\\n  report +Write a self-contained HTML training report")
                .containsPattern("\\n  watch +Show a trial's latest metrics");
    }

    private static void assertSize(Path png, int width, int height) throws IOException {
        assertThat(Files.size(png)).isPositive();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }
}
