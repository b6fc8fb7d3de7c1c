// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.benchmarks.format;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the bytes a benchmark moves, so JMH reports them as a rate ({@code :bytes} rows, bytes per second).
 * Public and non-final because JMH's generated code reads its fields.
 *
 * <p>Not thread-safe: one per benchmark thread.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class ByteCounter {
    /** Bytes moved in this iteration. */
    public long bytes;

    /** Resets the count at each iteration. */
    @Setup(Level.Iteration)
    public void reset() {
        bytes = 0;
    }
}
