// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import dev.boostscope.jobs.JobDescription;
import dev.boostscope.jobs.state.Progress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Draws a job's progress on stderr: on a terminal, one line redrawn in place ({@code Training [#####-----] 12/25
 * train:logloss=0.2100}); otherwise a new line each time the status or the round changes.
 *
 * <p>Not thread-safe.
 */
final class JobsProgress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private String last = "";

    JobsProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    void show(JobDescription description) {
        String line = line(description);
        if (Objects.equals(line, last)) {
            return;
        }
        last = line;
        if (terminal) {
            err.print("\r" + line + "\u001b[K");
        } else {
            err.println(line);
        }
        err.flush();
    }

    void finish() {
        if (terminal && !last.isEmpty()) {
            err.println();
            err.flush();
        }
    }

    static String line(JobDescription description) {
        String status = description.secondaryStatus().wireName();
        return description.currentProgress().map(p -> status + " " + bar(p) + metrics(p)).orElse(status);
    }

    private static String bar(Progress progress) {
        int filled = (int) ((long) WIDTH * progress.round() / progress.numRound());
        return String.format(Locale.ROOT, "[%s%s] %d/%d", "#".repeat(filled), "-".repeat(WIDTH - filled),
                progress.round(), progress.numRound());
    }

    private static String metrics(Progress progress) {
        return progress.metrics().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, " %s=%.4f", e.getKey(), e.getValue()))
                .collect(Collectors.joining());
    }
}
