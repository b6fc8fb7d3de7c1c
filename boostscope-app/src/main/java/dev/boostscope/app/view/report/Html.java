// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.report;

import dev.boostscope.app.view.plot.ChartImages;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;

/**
 * Small HTML building blocks; every text that may come from data goes through {@link #escape(String)}.
 *
 * <p>Stateless; thread-safe.
 */
final class Html {
    private Html() {
    }

    /** Escapes text for element content and quoted attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&#39;"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }

    /** Renders a chart as an inline PNG image. */
    static String chart(JFreeChart chart, String alt, int width, int height) {
        byte[] png = ChartImages.png(ChartImages.render(chart, width, height));
        return String.format(Locale.ROOT,
                "<img width=\"%d\" height=\"%d\" alt=\"%s\" src=\"data:image/png;base64,%s\">%n",
                width, height, escape(alt), Base64.getEncoder().encodeToString(png));
    }

    /** Returns a paragraph asking to enable collections, named in code style. */
    static String enable(List<String> collections) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < collections.size(); i++) {
            if (i > 0) {
                names.append(i == collections.size() - 1 ? " and " : ", ");
            }
            names.append("<code>").append(escape(collections.get(i))).append("</code>");
        }
        String noun = collections.size() == 1 ? "collection" : "collections";
        return "<p class=\"missing\">No data for this section: enable the " + names + " " + noun
                + " in the debug hook's save configuration, then train again.</p>\n";
    }

    /** Returns a paragraph saying a section does not apply to this run. */
    static String notApplicable(String text) {
        return "<p class=\"na\">" + escape(text) + "</p>\n";
    }

    /** Returns a muted paragraph of escaped text. */
    static String note(String text) {
        return "<p class=\"note\">" + escape(text) + "</p>\n";
    }

    /** Formats a number for a table cell. */
    static String number(double value) {
        return Double.isNaN(value) ? "&ndash;" : String.format(Locale.ROOT, "%.4f", value);
    }
}
