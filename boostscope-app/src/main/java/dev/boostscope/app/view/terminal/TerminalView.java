// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.terminal;

import dev.boostscope.app.view.model.ConfusionMatrix;
import dev.boostscope.app.view.model.LiveStep;
import dev.boostscope.app.view.model.Series;
import dev.boostscope.app.view.model.StepValue;
import dev.boostscope.app.view.plot.Colormaps;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Draws a {@link LiveStep} as text: a status line, the latest value of each metric with a sparkline of its history,
 * and the confusion matrix with counts (cells coloured by their share of the row, with the notebook's "bone" map,
 * when colour is on). Names from the data have their control characters removed, so a tensor name cannot move the
 * cursor or change colours.
 *
 * <p>Immutable; thread-safe.
 */
public final class TerminalView {
    private static final String ESC = "\u001b[";
    private static final String HOME_AND_CLEAR = ESC + "H" + ESC + "2J";
    private static final String RESET = ESC + "0m";
    private static final char[] SPARKS = "▁▂▃▄▅▆▇█".toCharArray();
    private static final int SPARK_WIDTH = 24;

    private final TerminalOptions options;

    private TerminalView(TerminalOptions options) {
        this.options = options;
    }

    /**
     * Returns a view drawing with some options.
     *
     * @param options colour and redrawing
     * @return the view
     */
    public static TerminalView of(TerminalOptions options) {
        return new TerminalView(Objects.requireNonNull(options, "options"));
    }

    /**
     * Returns the text to print for a step: the frame, preceded by cursor-home-and-clear when redrawing in place, or
     * followed by a blank line when appending.
     *
     * @param step what to show
     * @return the text, ending with a line break
     */
    public String frame(LiveStep step) {
        String body = render(step);
        return options.redrawInPlace() ? HOME_AND_CLEAR + body : body + System.lineSeparator();
    }

    /**
     * Returns the frame's text alone.
     *
     * @param step what to show
     * @return the lines, each ending with a line break
     */
    public String render(LiveStep step) {
        StringBuilder out = new StringBuilder();
        line(out, String.format(Locale.ROOT, "boostscope watch  %s  step %d  %s", TerminalText.clean(step.trialName()),
                step.step(), step.ended() ? "(training ended)" : "(training)"));
        line(out, "");
        metrics(out, step.metrics());
        line(out, "");
        confusion(out, step.confusion(), step.step());
        return out.toString();
    }

    private void metrics(StringBuilder out, List<Series> metrics) {
        if (metrics.isEmpty()) {
            line(out, "no metrics saved (enable the metrics collection)");
            return;
        }
        int width = metrics.stream().mapToInt(s -> TerminalText.clean(s.name()).length()).max().orElse(6);
        line(out, String.format(Locale.ROOT, "%-" + width + "s  %12s  %s", "metric", "value", "history"));
        for (Series series : metrics) {
            String value = series.last().map(p -> String.format(Locale.ROOT, "%12.6g", p.value()))
                    .orElse(String.format(Locale.ROOT, "%12s", "-"));
            line(out, String.format(Locale.ROOT, "%-" + width + "s  %s  %s", TerminalText.clean(series.name()), value,
                    sparkline(series.points())));
        }
    }

    private void confusion(StringBuilder out, ConfusionMatrix matrix, int step) {
        if (!matrix.hasData()) {
            line(out, "no confusion matrix at this step (needs the labels and predictions collections "
                    + "of a classification)");
            return;
        }
        line(out, String.format(Locale.ROOT, "confusion matrix at step %d: rows true, columns predicted; "
                + "accuracy %.1f%%", step, matrix.accuracy() * 100));
        int cell = cellWidth(matrix);
        StringBuilder header = new StringBuilder(pad("", cell));
        for (String label : matrix.labels()) {
            header.append(pad(TerminalText.clean(label), cell));
        }
        line(out, header.toString());
        for (int row = 0; row < matrix.classCount(); row++) {
            StringBuilder text = new StringBuilder(pad(TerminalText.clean(matrix.labels().get(row)), cell));
            for (int column = 0; column < matrix.classCount(); column++) {
                text.append(cellText(matrix, row, column, cell));
            }
            line(out, text.toString());
        }
    }

    private String cellText(ConfusionMatrix matrix, int row, int column, int width) {
        String count = pad(Integer.toString(matrix.count(row, column)), width);
        if (!options.color()) {
            return count;
        }
        Color background = Colormaps.bone(matrix.rowNormalized().get(row).get(column));
        Color foreground = Colormaps.textOn(background);
        return String.format(Locale.ROOT, "%s48;2;%d;%d;%dm%s38;2;%d;%d;%dm%s%s", ESC, background.getRed(),
                background.getGreen(), background.getBlue(), ESC, foreground.getRed(), foreground.getGreen(),
                foreground.getBlue(), count, RESET);
    }

    private static int cellWidth(ConfusionMatrix matrix) {
        int width = Integer.toString(matrix.total()).length();
        for (String label : matrix.labels()) {
            width = Math.max(width, TerminalText.clean(label).length());
        }
        return width + 2;
    }

    static String sparkline(List<StepValue> points) {
        List<StepValue> shown = points.subList(Math.max(0, points.size() - SPARK_WIDTH), points.size());
        double min = shown.stream().mapToDouble(StepValue::value).min().orElse(0);
        double max = shown.stream().mapToDouble(StepValue::value).max().orElse(0);
        StringBuilder line = new StringBuilder();
        for (StepValue point : shown) {
            int level = max > min ? (int) Math.round((point.value() - min) / (max - min) * (SPARKS.length - 1)) : 0;
            line.append(SPARKS[Math.max(0, Math.min(SPARKS.length - 1, level))]);
        }
        return line.toString();
    }

    private static String pad(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append(System.lineSeparator());
    }
}
