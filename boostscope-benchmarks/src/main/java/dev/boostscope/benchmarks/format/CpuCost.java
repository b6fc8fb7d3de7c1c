// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.benchmarks.format;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Totals of the benchmark thread's CPU time (user + system, so a write's copy into the page cache counts) and of the
 * megabytes moved, per iteration: {@code megabytes / cpuSeconds} is the throughput per CPU-second, which a machine
 * shared with other work does not distort the way it distorts wall-clock rates. Public and non-final because JMH's
 * generated code reads its fields.
 *
 * <p>Not thread-safe: one per benchmark thread.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuCost {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU seconds spent in the measured operations this iteration. */
    public double cpuSeconds;
    /** Megabytes (10^6 bytes) moved this iteration. */
    public double megabytes;

    /** Resets the totals at each iteration. */
    @Setup(Level.Iteration)
    public void reset() {
        cpuSeconds = 0;
        megabytes = 0;
    }

    /**
     * Returns the thread's CPU clock.
     *
     * @return nanoseconds of CPU time
     */
    static long now() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /**
     * Adds one operation.
     *
     * @param startNanos the CPU clock before the operation
     * @param bytes the bytes it moved
     */
    void add(long startNanos, long bytes) {
        cpuSeconds += (now() - startNanos) / 1e9;
        megabytes += bytes / 1e6;
    }
}
