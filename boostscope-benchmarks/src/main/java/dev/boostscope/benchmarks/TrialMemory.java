// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.benchmarks;

import dev.boostscope.core.storage.Storage;
import dev.boostscope.testkit.InMemoryStorage;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import java.util.Locale;

/**
 * Measures the heap a trial's loaded index takes: a finished trial of N steps (five scalars per step, one worker) is
 * written to in-memory storage, then the heap is measured after a full GC before and after opening it.
 *
 * <pre>{@code
 * java -Xmx2g -cp "boostscope-benchmarks/target/classes:boostscope-benchmarks/target/lib/*" \
 *     dev.boostscope.benchmarks.TrialMemory 100000
 * }</pre>
 *
 * <p>Not thread-safe: a main.
 */
public final class TrialMemory {
    private TrialMemory() {
    }

    /**
     * Runs the measurement.
     *
     * @param args the number of steps
     * @throws InterruptedException if interrupted while settling the heap
     */
    public static void main(String[] args) throws InterruptedException {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Storage storage = InMemoryStorage.create();
        TrialBenchData.writeFinished(storage, steps, 1);
        long before = usedHeap();
        long start = System.nanoTime();
        try (Trial trial = Trials.newBuilder(storage).open()) {
            double openMillis = (System.nanoTime() - start) / 1e6;
            long after = usedHeap();
            System.out.printf(Locale.ROOT, "%d steps x 5 scalars: open %.0f ms, index heap %.1f MB (%.0f bytes per "
                    + "step), %d steps complete%n", steps, openMillis, (after - before) / 1e6,
                    (after - before) / (double) steps, trial.steps().size());
        }
    }

    private static long usedHeap() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
