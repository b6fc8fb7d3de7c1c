// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import java.io.PrintStream;
import java.time.InstantSource;
import java.util.Locale;

/**
 * Writes the job process's own lines to its standard output, which the launcher sends to {@code job.log}: one line
 * each, prefixed with the time. XGBoost's native output goes to the same file.
 *
 * <p>Thread-safe.
 */
final class JobLog {
    private final PrintStream out;
    private final InstantSource clock;

    JobLog(PrintStream out, InstantSource clock) {
        this.out = out;
        this.clock = clock;
    }

    void info(String format, Object... args) {
        String line = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
        synchronized (out) {
            out.println(clock.instant() + " " + line);
            out.flush();
        }
    }
}
