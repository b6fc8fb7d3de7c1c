// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.benchmarks.format;

import dev.boostscope.core.NdArray;
import dev.boostscope.core.format.EventCodec;
import dev.boostscope.core.format.EventFiles;
import dev.boostscope.core.format.TensorRecord;
import dev.boostscope.core.format.TfRecords;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding one tensor record as a ranged read returns it (verify framing, parse the event, build the array), for a
 * small scalar and a 10,000 x 10 float32 predictions matrix. The {@code :bytes} rows are record bytes decoded per
 * second (divide by 10^6 for MB/s); the primary rows are records per second; {@code megabytes / cpuSeconds} is MB
 * per CPU-second of the benchmark thread, which stays meaningful on a loaded machine.
 *
 * <p>Run from the repository root:
 * <pre>{@code
 * ./mvnw -B -q -pl boostscope-benchmarks -am package -DskipTests
 * java -cp "boostscope-benchmarks/target/classes:boostscope-benchmarks/target/lib/*" org.openjdk.jmh.Main \
 *     TensorDecodeBenchmark -f 1 -wi 2 -i 3
 * }</pre>
 *
 * <p>The forked JVM gets a fixed, pre-touched 1 GiB heap: otherwise the first few hundred MB of allocations pay
 * the kernel's first-touch page faults (about 4 ms of CPU per 440 KB step here), which measures the JVM's warm-up, not
 * the format, and penalises the allocating side against the baseline that reuses one array.
 *
 * <p>Public and non-final because JMH generates subclasses. Not thread-safe: one state per benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(time = 3)
@Fork(jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Measurement(time = 3)
public class TensorDecodeBenchmark {
    /** The tensor: {@code scalar} ({@code train-rmse}, 106 bytes) or {@code predictions} (10,000 x 10 float32). */
    @Param({"scalar", "predictions"})
    public String tensor;

    private byte[] record;

    /** Encodes the record to decode. */
    @Setup(Level.Trial)
    public void setUp() {
        NdArray value = tensor.equals("scalar") ? NdArray.scalar(0.4)
                : NdArray.ofFloats(Workloads.floats(new Random(7), 100_000), 10_000, 10);
        String name = tensor.equals("scalar") ? "train-rmse" : "predictions";
        TensorRecord tensorRecord = Workloads.record(name, value, 2);
        record = TfRecords.frame(EventCodec.encode(tensorRecord), TfRecords.Footer.SMDEBUG_MAGIC);
    }

    /**
     * Decodes the record into a tensor.
     *
     * @param counter the byte counter
     * @param cpu the CPU time and megabytes
     * @return the tensor, for the blackhole
     */
    @Benchmark
    public TensorRecord decodeRecord(ByteCounter counter, CpuCost cpu) {
        long start = CpuCost.now();
        TensorRecord decoded = EventFiles.decodeRecord(record, "events/bench.tfevents", 0);
        cpu.add(start, record.length);
        counter.bytes += record.length;
        return decoded;
    }

    /**
     * Decodes the record and converts the values to a Java array, as a rule or a view consumes them.
     *
     * @param counter the byte counter
     * @param cpu the CPU time and megabytes
     * @return the values, for the blackhole
     */
    @Benchmark
    public float[] decodeToFloats(ByteCounter counter, CpuCost cpu) {
        long start = CpuCost.now();
        float[] values = EventFiles.decodeRecord(record, "events/bench.tfevents", 0).value().toFloatArray();
        cpu.add(start, record.length);
        counter.bytes += record.length;
        return values;
    }
}
