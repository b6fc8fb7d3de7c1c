// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.plot;

import java.awt.Color;

/**
 * Colour maps for heatmaps: {@link #bone(double)}, matplotlib's "bone" that the notebook's confusion matrix uses
 * (black through blue-grey to white).
 *
 * <p>Stateless; thread-safe.
 */
public final class Colormaps {
    // matplotlib's _bone_data: (position, value) knots per channel, linear in between
    private static final double[][] RED = {{0, 0}, {0.746032, 0.652778}, {1, 1}};
    private static final double[][] GREEN = {{0, 0}, {0.365079, 0.319444}, {0.746032, 0.777778}, {1, 1}};
    private static final double[][] BLUE = {{0, 0}, {0.365079, 0.444444}, {1, 1}};

    private Colormaps() {
    }

    /**
     * Returns the "bone" colour of a value.
     *
     * @param value a value in [0, 1]; values outside are clamped and NaN is 0
     * @return the colour, black at 0 and white at 1
     */
    public static Color bone(double value) {
        double t = Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
        return new Color(channel(RED, t), channel(GREEN, t), channel(BLUE, t));
    }

    /**
     * Returns the colour text drawn on a background should have to stay readable.
     *
     * @param background the background
     * @return white on dark backgrounds, near-black on light ones
     */
    public static Color textOn(Color background) {
        double luminance = 0.2126 * background.getRed() + 0.7152 * background.getGreen()
                + 0.0722 * background.getBlue();
        return luminance < 128 ? Color.WHITE : new Color(0x1a, 0x1a, 0x1a);
    }

    private static float channel(double[][] knots, double t) {
        for (int i = 1; i < knots.length; i++) {
            if (t <= knots[i][0]) {
                double share = (t - knots[i - 1][0]) / (knots[i][0] - knots[i - 1][0]);
                return (float) (knots[i - 1][1] + share * (knots[i][1] - knots[i - 1][1]));
            }
        }
        return (float) knots[knots.length - 1][1];
    }
}
