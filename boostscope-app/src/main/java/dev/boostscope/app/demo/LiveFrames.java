// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.demo;

import dev.boostscope.app.view.extract.RunSnapshots;
import dev.boostscope.app.view.model.LiveStep;
import dev.boostscope.app.view.terminal.TerminalView;
import dev.boostscope.trial.Trial;
import java.io.PrintWriter;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The notebook's {@code plot_and_update_confusion_for_all_steps} in the terminal: each complete step not drawn yet is
 * drawn once, in order, with the views' {@link TerminalView} (the metrics so far and the step's confusion matrix).
 *
 * <p>Not thread-safe.
 */
final class LiveFrames {
    private final TerminalView view;
    private final PrintWriter out;
    private int lastDrawn = -1;
    private @Nullable LiveStep last;

    LiveFrames(TerminalView view, PrintWriter out) {
        this.view = view;
        this.out = out;
    }

    /** Draws the trial's complete steps after the last one drawn. Blocks on storage. */
    void drawNew(Trial trial) {
        for (int step : trial.steps()) {
            if (step > lastDrawn) {
                LiveStep frame = RunSnapshots.live(trial, step);
                out.print(view.frame(frame));
                out.flush();
                lastDrawn = step;
                last = frame;
            }
        }
    }

    /** Returns the last frame drawn whose step saved a confusion matrix. */
    Optional<LiveStep> lastWithConfusion() {
        return Optional.ofNullable(last).filter(frame -> frame.confusion().hasData());
    }
}
