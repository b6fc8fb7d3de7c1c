// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.datasets;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;

/**
 * Draws a one-line download progress bar on a terminal stream, redrawn in place with {@code \r}: name, bar, percent,
 * megabytes and speed. It redraws only when the whole percent changes (or every MiB when the total is unknown), so a
 * log file gets at most about a hundred updates.
 *
 * <p>Not thread-safe.
 */
public final class ProgressBar {
    private static final int WIDTH = 30;
    private static final double MIB = 1024 * 1024;

    private final PrintWriter out;
    private final InstantSource clock;
    private String name = "";
    private long total = -1;
    private long startedAt;
    private Instant started = Instant.EPOCH;
    private long lastDrawn = -1;

    /**
     * Creates a bar that draws on a stream.
     *
     * @param out where to draw, normally standard error
     * @param clock the time source for the speed
     */
    public ProgressBar(PrintWriter out, InstantSource clock) {
        this.out = out;
        this.clock = clock;
    }

    /**
     * Starts a new bar.
     *
     * @param fileName what is being downloaded
     * @param alreadyHave bytes already on disk (a resumed download)
     * @param totalBytes the full size, or -1 if unknown
     */
    public void start(String fileName, long alreadyHave, long totalBytes) {
        name = fileName;
        total = totalBytes;
        startedAt = alreadyHave;
        started = clock.instant();
        lastDrawn = -1;
        update(alreadyHave);
    }

    /**
     * Reports how many bytes are on disk now; redraws if the bar moved.
     *
     * @param bytes the bytes on disk
     */
    public void update(long bytes) {
        long step = total > 0 ? bytes * 100 / total : bytes / (1 << 20);
        if (step != lastDrawn) {
            lastDrawn = step;
            out.print("\r" + line(bytes));
            out.flush();
        }
    }

    /** Ends the bar's line. */
    public void finish() {
        out.println();
        out.flush();
    }

    private String line(long bytes) {
        double seconds = Duration.between(started, clock.instant()).toMillis() / 1000.0;
        String speed = seconds > 0
                ? String.format(Locale.ROOT, "  %.1f MB/s", (bytes - startedAt) / MIB / seconds) : "";
        if (total <= 0) {
            return String.format(Locale.ROOT, "%s  %.1f MB%s", name, bytes / MIB, speed);
        }
        int filled = (int) (bytes * WIDTH / total);
        return String.format(Locale.ROOT, "%s [%s%s] %3d%%  %.1f/%.1f MB%s", name, "#".repeat(filled),
                " ".repeat(WIDTH - filled), bytes * 100 / total, bytes / MIB, total / MIB, speed);
    }
}
