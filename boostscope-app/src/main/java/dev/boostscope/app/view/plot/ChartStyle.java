// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look of every chart: white background, light grid, a colour-blind-safe palette, sans-serif text.
 *
 * <p>Stateless; thread-safe.
 */
final class ChartStyle {
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x66, 0x66, 0x66);
    static final Color GRID = new Color(0xe3, 0xe3, 0xe3);
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    /** Okabe-Ito inspired palette; the first colour is the training set's. */
    private static final Color[] PALETTE = {new Color(0x1f, 0x77, 0xb4), new Color(0xe6, 0x7e, 0x22),
        new Color(0x2c, 0xa0, 0x2c), new Color(0xd6, 0x27, 0x28), new Color(0x94, 0x67, 0xbd),
        new Color(0x8c, 0x56, 0x4b), new Color(0xe3, 0x77, 0xc2), new Color(0x7f, 0x7f, 0x7f),
        new Color(0xbc, 0xbd, 0x22), new Color(0x17, 0xbe, 0xcf)};

    private ChartStyle() {
    }

    static Paint color(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }

    static Stroke line(boolean dashed) {
        return dashed ? new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {7f, 4f}, 0f) : new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** Applies the look to a chart and its plot. */
    static JFreeChart apply(JFreeChart chart, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(TITLE);
            title.setPaint(TEXT);
        }
        if (!subtitle.isEmpty()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE);
            sub.setPaint(MUTED);
            chart.addSubtitle(sub);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LABEL);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
        }
        plot(chart.getPlot());
        return chart;
    }

    private static void plot(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot) {
            XYPlot xy = (XYPlot) plot;
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlineStroke(new BasicStroke(1f));
            xy.setRangeGridlineStroke(new BasicStroke(1f));
            axis(xy.getDomainAxis());
            axis(xy.getRangeAxis());
        } else if (plot instanceof CategoryPlot) {
            CategoryPlot category = (CategoryPlot) plot;
            category.setRangeGridlinePaint(GRID);
            category.setRangeGridlineStroke(new BasicStroke(1f));
            axis(category.getDomainAxis());
            axis(category.getRangeAxis());
        }
    }

    static void axis(Axis axis) {
        axis.setLabelFont(LABEL);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(MUTED);
        axis.setAxisLinePaint(GRID);
        axis.setTickMarkPaint(GRID);
    }
}
