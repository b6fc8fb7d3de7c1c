// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.plot;

import dev.boostscope.app.view.model.FeatureImportance;
import dev.boostscope.app.view.model.FeatureScore;
import dev.boostscope.app.view.model.Histogram;
import dev.boostscope.app.view.model.HistogramBin;
import dev.boostscope.app.view.model.MetricGroup;
import dev.boostscope.app.view.model.MetricName;
import dev.boostscope.app.view.model.RocCurve;
import dev.boostscope.app.view.model.RocPoint;
import dev.boostscope.app.view.model.Series;
import dev.boostscope.app.view.model.StepValue;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Builds the charts of the plots and the report from view models: metric curves, feature importance bars, lines over
 * steps, histograms and ROC curves.
 *
 * <p>Stateless; thread-safe (each call builds a new chart).
 */
public final class Charts {
    private static final int MARKERS_UP_TO = 40;

    private Charts() {
    }

    /**
     * Builds one metric's curves: the training set against the validation sets, over the steps.
     *
     * @param group the metric's curves
     * @return a new chart
     */
    public static JFreeChart metric(MetricGroup group) {
        String subtitle = lastValues(group.series());
        JFreeChart chart = lines(group.metric(), "step", group.metric() + (group.lowerIsBetter() ? " (lower is better)"
                : " (higher is better)"), group.series());
        return ChartStyle.apply(chart, subtitle);
    }

    /**
     * Builds curves over the steps, one per series.
     *
     * @param title the title
     * @param xLabel the x axis label
     * @param yLabel the y axis label
     * @param series the curves
     * @return a new chart, not yet styled with a subtitle
     */
    public static JFreeChart lines(String title, String xLabel, String yLabel, List<Series> series) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (Series curve : series) {
            XYSeries xy = new XYSeries(curve.name(), true, false);
            for (StepValue point : curve.points()) {
                xy.add(point.step(), point.value());
            }
            dataset.addSeries(xy);
        }
        boolean markers = series.stream().allMatch(s -> s.points().size() <= MARKERS_UP_TO);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, markers);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.color(i));
            renderer.setSeriesStroke(i, ChartStyle.line(false));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        NumberAxis x = new NumberAxis(xLabel);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        return ChartStyle.apply(new JFreeChart(title, ChartStyle.TITLE, plot, true), "");
    }

    /**
     * Builds the most important features of one type at its last step, as horizontal bars, highest on top.
     *
     * @param importance the importance type's scores
     * @param top how many features at most
     * @return a new chart
     */
    public static JFreeChart importance(FeatureImportance importance, int top) {
        List<FeatureScore> scores = importance.top(top);
        String subtitle = String.format(Locale.ROOT, "top %d of %d features at step %d", scores.size(),
                importance.features().size(), importance.lastStep());
        return scores("Feature importance: " + importance.type(), subtitle, "share of " + importance.type(), scores);
    }

    /**
     * Builds feature scores as horizontal bars, in the given order from the top.
     *
     * @param title the title
     * @param subtitle the subtitle; empty for none
     * @param valueLabel the value axis label
     * @param scores the scores
     * @return a new chart
     */
    public static JFreeChart scores(String title, String subtitle, String valueLabel, List<FeatureScore> scores) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (FeatureScore score : scores) {
            dataset.addValue(score.value(), valueLabel, score.feature());
        }
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), new NumberAxis(valueLabel),
                bars(ChartStyle.color(0)));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        return ChartStyle.apply(new JFreeChart(title, ChartStyle.TITLE, plot, false), subtitle);
    }

    /**
     * Builds a histogram as vertical bars.
     *
     * @param title the title
     * @param xLabel what the bars count, such as {@code label}
     * @param histogram the histogram
     * @return a new chart
     */
    public static JFreeChart histogram(String title, String xLabel, Histogram histogram) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (HistogramBin bin : histogram.bins()) {
            dataset.addValue(bin.count(), "count", bin.label());
        }
        CategoryAxis bins = new CategoryAxis(xLabel);
        if (histogram.bins().size() > 12 || histogram.bins().stream().anyMatch(b -> b.label().length() > 4)) {
            bins.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis counts = new NumberAxis("rows");
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CategoryPlot plot = new CategoryPlot(dataset, bins, counts, bars(ChartStyle.color(0)));
        String subtitle = String.format(Locale.ROOT, "%d rows", histogram.total());
        return ChartStyle.apply(new JFreeChart(title, ChartStyle.TITLE, plot, false), subtitle);
    }

    /**
     * Builds a ROC curve with the chance diagonal.
     *
     * @param roc the curve
     * @return a new chart
     */
    public static JFreeChart roc(RocCurve roc) {
        XYSeries curve = new XYSeries("ROC", false, true);
        for (RocPoint point : roc.points()) {
            curve.add(point.falsePositiveRate(), point.truePositiveRate());
        }
        XYSeries chance = new XYSeries("chance", false, true);
        chance.add(0, 0);
        chance.add(1, 1);
        XYSeriesCollection dataset = new XYSeriesCollection(curve);
        dataset.addSeries(chance);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, ChartStyle.color(0));
        renderer.setSeriesStroke(0, ChartStyle.line(false));
        renderer.setSeriesPaint(1, Color.GRAY);
        renderer.setSeriesStroke(1, ChartStyle.line(true));
        XYPlot plot = new XYPlot(dataset, unitAxis("false positive rate"), unitAxis("true positive rate"), renderer);
        String subtitle = String.format(Locale.ROOT, "AUC %.4f", roc.auc());
        return ChartStyle.apply(new JFreeChart("ROC curve", ChartStyle.TITLE, plot, true), subtitle);
    }

    private static NumberAxis unitAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(0, 1);
        axis.setTickUnit(new NumberTickUnit(0.1));
        return axis;
    }

    private static BarRenderer bars(Paint paint) {
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, paint);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.08);
        return renderer;
    }

    private static String lastValues(List<Series> series) {
        List<String> parts = new ArrayList<>();
        int step = -1;
        for (Series curve : series) {
            if (curve.last().isPresent()) {
                StepValue last = curve.last().get();
                step = Math.max(step, last.step());
                String eval = MetricName.isMetricName(curve.name()) ? MetricName.parse(curve.name()).eval()
                        : curve.name();
                parts.add(String.format(Locale.ROOT, "%s %.4g", eval, last.value()));
            }
        }
        return parts.isEmpty() ? "no values yet" : "last: " + String.join(", ", parts) + " (step " + step + ")";
    }
}
