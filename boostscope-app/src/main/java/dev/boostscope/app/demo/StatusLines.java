// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.demo;

import dev.boostscope.jobs.JobDescription;
import dev.boostscope.jobs.state.StatusTransition;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Prints a job's status transitions as the notebook's polling loop prints its status, {@code time: primary,
 * secondary}, each transition once and with the time it began (UTC), however often the job is described.
 *
 * <p>Not thread-safe.
 */
final class StatusLines {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final PrintWriter out;
    private int printed;

    StatusLines(PrintWriter out) {
        this.out = out;
    }

    /** Prints the transitions of a description not printed yet. */
    void printNew(JobDescription description) {
        List<StatusTransition> transitions = description.status().transitions();
        for (StatusTransition transition : transitions.subList(Math.min(printed, transitions.size()),
                transitions.size())) {
            out.println(CLOCK.format(transition.startTime()) + ": " + transition.status().primary().wireName() + ", "
                    + transition.status().wireName());
        }
        printed = Math.max(printed, transitions.size());
        out.flush();
    }
}
