// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.benchmarks;

import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Times the first open of a finished trial in a fresh JVM, as a user's first command meets it: {@code Trials.open},
 * {@code steps()} and every scalar of every worker ({@code tensor(name).values(worker)}), with the class loading and
 * JIT warm-up that come with a first run. Further runs in the same JVM show the warm figure beside it. Write the trial
 * first with {@link TrialBenchData}.
 *
 * <pre>{@code
 * CP="boostscope-benchmarks/target/classes:boostscope-benchmarks/target/lib/*"
 * java -cp "$CP" dev.boostscope.benchmarks.TrialBenchData /tmp/trial-10k 10000 1
 * java -cp "$CP" dev.boostscope.benchmarks.TrialColdOpen /tmp/trial-10k 5     # folder, runs
 * }</pre>
 *
 * <p>Not thread-safe: a main.
 */
public final class TrialColdOpen {
    private TrialColdOpen() {
    }

    /**
     * Runs the measurement and prints one line per run.
     *
     * @param args the trial folder and, optionally, how many runs (default 1)
     */
    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            throw new IllegalArgumentException("usage: TrialColdOpen FOLDER [RUNS]");
        }
        long mainAt = System.nanoTime();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int run = 1; run <= runs; run++) {
            runOnce(args[0], run);
        }
        System.out.printf(Locale.ROOT, "main began %d ms after the JVM started; all runs took %.0f ms%n",
                sinceJvmStart(mainAt), (System.nanoTime() - mainAt) / 1e6);
    }

    private static void runOnce(String folder, int run) {
        long start = System.nanoTime();
        long values = 0;
        long opened;
        long listed;
        try (Trial trial = Trials.open(folder)) {
            opened = System.nanoTime();
            List<Integer> steps = trial.steps();
            listed = System.nanoTime();
            for (String name : trial.tensorNames()) {
                for (String worker : trial.workers()) {
                    values += trial.tensor(name).values(worker).size();
                }
            }
            if (steps.isEmpty()) {
                throw new IllegalStateException("no complete steps in " + folder);
            }
        }
        long end = System.nanoTime();
        System.out.printf(Locale.ROOT, "run %d: %.0f ms (open %.0f, steps %.1f, read %d values %.0f)%n", run,
                (end - start) / 1e6, (opened - start) / 1e6, (listed - opened) / 1e6, values, (end - listed) / 1e6);
    }

    /** Milliseconds from the process start (the OS's record, 10 ms resolution) to a {@code nanoTime} instant. */
    private static long sinceJvmStart(long nanoTime) {
        Instant at = Instant.now().minusNanos(System.nanoTime() - nanoTime);
        return ProcessHandle.current().info().startInstant().map(s -> Duration.between(s, at).toMillis())
                .orElse(-1L);
    }
}
