// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.plot;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How an animated GIF is drawn: the frame size and how long each frame shows. The animation loops forever.
 *
 * <p>Immutable.
 *
 * @param width the frame width in pixels, 64 to 4096
 * @param height the frame height in pixels, 64 to 4096
 * @param frameDelay how long each frame shows, 10 ms to 655 s, in the GIF's hundredths of a second
 */
public record GifOptions(int width, int height, Duration frameDelay) {
    /** The frame size and delay used when none is given: 640 by 560 pixels, 0.6 s a frame. */
    public static final GifOptions DEFAULT = new GifOptions(640, 560, Duration.ofMillis(600));

    /**
     * Validates.
     *
     * @param width the frame width
     * @param height the frame height
     * @param frameDelay the delay
     * @throws IllegalArgumentException if a value is out of range
     */
    public GifOptions {
        checkSide("width", width);
        checkSide("height", height);
        Objects.requireNonNull(frameDelay, "frameDelay");
        if (frameDelay.toMillis() < 10 || frameDelay.toMillis() > 655_350) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "frame delay must be 10 ms to 655 s: %d ms", frameDelay.toMillis()));
        }
    }

    /**
     * Returns the delay in the GIF's unit.
     *
     * @return hundredths of a second
     */
    public int delayCentiseconds() {
        return (int) Math.round(frameDelay.toMillis() / 10.0);
    }

    private static void checkSide(String name, int pixels) {
        if (pixels < 64 || pixels > 4096) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s must be 64 to 4096 pixels: %d", name, pixels));
        }
    }
}
