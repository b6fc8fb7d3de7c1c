// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;

/**
 * Renders charts to images and PNG bytes, stacking several charts into one image when a plot has panels.
 *
 * <p>Stateless; thread-safe.
 */
public final class ChartImages {
    private ChartImages() {
    }

    /**
     * Renders a chart.
     *
     * @param chart the chart
     * @param width the width in pixels, positive
     * @param height the height in pixels, positive
     * @return a new RGB image
     * @throws IllegalArgumentException if a dimension is not positive
     */
    public static BufferedImage render(JFreeChart chart, int width, int height) {
        return stack(List.of(chart), width, height);
    }

    /**
     * Renders charts one above the other, sharing the height equally.
     *
     * @param charts the charts, at least one
     * @param width the width in pixels, positive
     * @param height the whole image's height in pixels, at least one pixel per chart
     * @return a new RGB image of exactly {@code width} by {@code height}
     * @throws IllegalArgumentException if there is no chart or a dimension is too small
     */
    public static BufferedImage stack(List<JFreeChart> charts, int width, int height) {
        if (charts.isEmpty()) {
            throw new IllegalArgumentException("at least one chart is needed to render an image");
        }
        if (width < 1 || height < charts.size()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "image size must be positive and at least 1 pixel high per chart (%d charts): %dx%d",
                    charts.size(), width, height));
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            int top = 0;
            for (int i = 0; i < charts.size(); i++) {
                int bottom = (int) ((long) height * (i + 1) / charts.size());
                charts.get(i).draw(graphics, new Rectangle2D.Double(0, top, width, bottom - top));
                top = bottom;
            }
        } finally {
            graphics.dispose();
        }
        return image;
    }

    /**
     * Encodes an image as PNG.
     *
     * @param image the image
     * @return the PNG bytes
     */
    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a PNG in memory", e);
        }
        return bytes.toByteArray();
    }
}
