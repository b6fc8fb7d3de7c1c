// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.app.view.report.HtmlReport;
import dev.boostscope.trial.Trials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The view commands on real trials written by smdebug's XGBoost hook (core's golden trials), opened with
 * {@link Trials#open(String)}: the notebook's Fashion-MNIST run (metrics, predictions and labels every 3 steps, 10,000
 * rows), a binary run, a regression run and one with every collection. Whole outputs are golden text
 * ({@code src/test/resources/golden/cli}; regenerate with {@code -Dgolden.update=true} and review the diff).
 */
final class GoldenTrialViewsTest {
    private static final Path TRIALS = Path.of("../boostscope-core/src/test/resources/golden/trials");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/cli");

    @TempDir
    Path folder;

    private static String trial(String name) {
        return TRIALS.resolve(name).toAbsolutePath().normalize().toString();
    }

    @Test
    void plotConfusion_notebookRun_oneFramePerSavedStep() throws IOException {
        Cli cli = new Cli(Trials::open);
        Path gif = folder.resolve("cm.gif");

        assertThat(cli.run("plot", "confusion", "--trial", trial("fashion-mnist-seed"), "--out", gif.toString()))
                .isZero();

        assertThat(cli.out()).isEqualTo("wrote " + gif + " (9 frames, steps 0 to 24)\n");
        try (ImageInputStream input = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(input);
            assertThat(reader.getNumImages(true)).isEqualTo(9);
        }
    }

    @Test
    void watch_notebookRun_printsTheLastStepAsGoldenText() throws IOException {
        Cli cli = new Cli(Trials::open);

        assertThat(cli.run("watch", trial("fashion-mnist-seed"))).isZero();

        assertThat(cli.err()).isEmpty();
        assertGolden("watch-fashion-mnist", cli.out());
    }

    @Test
    void report_binaryRun_hasRocAndEverySection() throws IOException {
        Path html = folder.resolve("binary.html");

        assertThat(new Cli(Trials::open).run("report", "--trial", trial("binary-auc"), "--out", html.toString()))
                .isZero();

        String text = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(text).contains(HtmlReport.SECTION_TITLES.toArray(String[]::new)).contains("binary classification")
                .containsPattern("AUC = 0\\.\\d{4}").contains("enable the <code>average_shap</code> collection");
    }

    @Test
    void report_regressionRun_hasResidualsAndBinErrors() throws IOException {
        Path html = folder.resolve("regression.html");

        assertThat(new Cli(Trials::open).run("report", "--trial", trial("regression"), "--out", html.toString()))
                .isZero();

        String text = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(text).contains("<h2>8. Distribution of Residuals at the Last Saved Step</h2>\n<p class=\"note\">"
                + "Label minus prediction for each validation row at step 7.")
                .contains("enable the <code>feature_importance</code> collection");
    }

    @Test
    void plotImportance_everyCollectionRun_fivePanels() throws IOException {
        Cli cli = new Cli(Trials::open);
        Path png = folder.resolve("fi.png");

        assertThat(cli.run("plot", "importance", "--trial", trial("all-collections-multiclass"), "--out",
                png.toString(), "--top", "5")).isZero();

        assertThat(cli.out()).isEqualTo("wrote " + png + " (weight, gain, cover, total_gain, total_cover, top 5, "
                + "900x1150)\n");
        assertThat(ImageIO.read(png.toFile()).getHeight()).isEqualTo(1150);
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name + ".v1.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
