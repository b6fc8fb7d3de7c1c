// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.plot;

import dev.boostscope.app.view.model.ConfusionMatrix;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The confusion-matrix heatmap, drawn as the notebook's seaborn heatmap: one cell per (true, predicted) pair, coloured
 * by the row-normalised share with the "bone" map, the count written in the cell, true labels down the side and
 * predicted labels along the bottom.
 *
 * <p>Stateless; thread-safe (each call builds a new chart).
 */
public final class ConfusionChart {
    private ConfusionChart() {
    }

    /**
     * Builds the heatmap of a matrix.
     *
     * @param matrix the matrix, with at least one class
     * @param title the chart's title, such as {@code step 12}
     * @return a new chart
     * @throws IllegalArgumentException if the matrix has no class
     */
    public static JFreeChart create(ConfusionMatrix matrix, String title) {
        if (!matrix.hasData()) {
            throw new IllegalArgumentException("confusion matrix must have at least one class to draw");
        }
        XYPlot plot = new XYPlot(dataset(matrix), axis(matrix, "predicted label", false),
                axis(matrix, "true label", true), renderer());
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        addCounts(plot, matrix);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, false);
        ChartStyle.apply(chart, subtitle(matrix));
        Font ticks = new Font(Font.SANS_SERIF, Font.PLAIN, tickSize(matrix.classCount()));
        plot.getDomainAxis().setTickLabelFont(ticks);
        plot.getRangeAxis().setTickLabelFont(ticks);
        plot.setOutlineVisible(true);
        plot.setOutlinePaint(ChartStyle.GRID);
        chart.addSubtitle(legend());
        return chart;
    }

    private static String subtitle(ConfusionMatrix matrix) {
        return String.format(Locale.ROOT, "accuracy %.1f%% of %d rows; colour: share of the true class",
                matrix.accuracy() * 100, matrix.total());
    }

    private static DefaultXYZDataset dataset(ConfusionMatrix matrix) {
        int classes = matrix.classCount();
        double[][] series = new double[3][classes * classes];
        for (int row = 0; row < classes; row++) {
            for (int column = 0; column < classes; column++) {
                int cell = row * classes + column;
                series[0][cell] = column;
                series[1][cell] = row;
                series[2][cell] = matrix.rowNormalized().get(row).get(column);
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("confusion", series);
        return dataset;
    }

    private static SymbolAxis axis(ConfusionMatrix matrix, String label, boolean inverted) {
        SymbolAxis axis = new SymbolAxis(label, matrix.labels().toArray(new String[0]));
        axis.setGridBandsVisible(false);
        axis.setInverted(inverted);
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        axis.setRange(-0.5, matrix.classCount() - 0.5);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        return axis;
    }

    private static XYBlockRenderer renderer() {
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(new BoneScale());
        renderer.setDefaultToolTipGenerator(null);
        return renderer;
    }

    private static void addCounts(XYPlot plot, ConfusionMatrix matrix) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, countSize(matrix.classCount()));
        for (int row = 0; row < matrix.classCount(); row++) {
            for (int column = 0; column < matrix.classCount(); column++) {
                XYTextAnnotation text = new XYTextAnnotation(Integer.toString(matrix.count(row, column)), column,
                        row);
                text.setFont(font);
                text.setPaint(Colormaps.textOn(Colormaps.bone(matrix.rowNormalized().get(row).get(column))));
                plot.addAnnotation(text, false);
            }
        }
    }

    private static PaintScaleLegend legend() {
        NumberAxis scaleAxis = new NumberAxis();
        scaleAxis.setRange(0, 1);
        scaleAxis.setTickUnit(new NumberTickUnit(0.25));
        scaleAxis.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        ChartStyle.axis(scaleAxis);
        PaintScaleLegend legend = new PaintScaleLegend(new BoneScale(), scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(12);
        legend.setAxisOffset(4);
        legend.setMargin(new RectangleInsets(30, 10, 40, 0));
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }

    private static int countSize(int classes) {
        return Math.max(8, Math.min(16, 150 / Math.max(1, classes)));
    }

    private static int tickSize(int classes) {
        return Math.max(8, Math.min(14, 180 / Math.max(1, classes)));
    }

    /** Maps [0, 1] to the bone colours. */
    private static final class BoneScale implements PaintScale {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return 1;
        }

        @Override
        public Paint getPaint(double value) {
            return Colormaps.bone(value);
        }
    }
}
