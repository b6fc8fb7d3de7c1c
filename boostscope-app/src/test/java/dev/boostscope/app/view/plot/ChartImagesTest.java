// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.app.view.model.ConfusionMatrix;
import dev.boostscope.app.view.model.FeatureImportance;
import dev.boostscope.app.view.model.MetricGroup;
import dev.boostscope.app.view.model.Series;
import dev.boostscope.app.view.model.StepValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

final class ChartImagesTest {

    private static Series curve(String name, double start) {
        return new Series(name, List.of(new StepValue(0, start), new StepValue(1, start / 2),
                new StepValue(2, start / 3)));
    }

    @Test
    void png_stackedMetricCharts_decodesToTheRequestedSize() throws IOException {
        List<JFreeChart> charts = MetricGroup.groupAll(List.of(curve("train-rmse", 1), curve("validation-rmse", 1.2),
                curve("train-mae", 0.8))).stream().map(Charts::metric).toList();

        byte[] png = ChartImages.png(ChartImages.stack(charts, 700, 801));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(700);
        assertThat(image.getHeight()).isEqualTo(801);
    }

    @Test
    void png_importance_decodes() throws IOException {
        TreeMap<Integer, Double> values = new TreeMap<>(Map.of(4, 0.7));
        JFreeChart chart = Charts.importance(FeatureImportance.of("gain", Map.of("f0", values)), 10);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartImages.png(
                ChartImages.render(chart, 500, 300))));

        assertThat(image.getWidth()).isEqualTo(500);
        assertThat(image.getHeight()).isEqualTo(300);
    }

    @Test
    void stack_tooSmall_throws() {
        JFreeChart chart = Charts.metric(MetricGroup.groupAll(List.of(curve("train-rmse", 1))).get(0));

        assertThatThrownBy(() -> ChartImages.stack(List.of(chart, chart), 0, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("image size must be positive and at least 1 pixel high per chart (2 charts): 0x10");
    }

    @Test
    void confusionChart_annotatesEveryCellWithItsCount() {
        ConfusionMatrix matrix = ConfusionMatrix.of(List.of("a", "b"), List.of(List.of(7, 1), List.of(2, 9)));

        XYPlot plot = ConfusionChart.create(matrix, "step 3").getXYPlot();

        assertThat(plot.getAnnotations()).hasSize(4);
        assertThat(plot.getAnnotations()).map(a -> ((org.jfree.chart.annotations.XYTextAnnotation) a).getText())
                .containsExactlyInAnyOrder("7", "1", "2", "9");
    }

    @Test
    void bone_endsAndMiddle_matchMatplotlib() {
        assertThat(Colormaps.bone(0).getRGB()).isEqualTo(0xff000000);
        assertThat(Colormaps.bone(1).getRGB()).isEqualTo(0xffffffff);
        java.awt.Color middle = Colormaps.bone(0.5);
        assertThat(new int[] {middle.getRed(), middle.getGreen(), middle.getBlue()}).containsExactly(112, 123, 143);
    }
}
