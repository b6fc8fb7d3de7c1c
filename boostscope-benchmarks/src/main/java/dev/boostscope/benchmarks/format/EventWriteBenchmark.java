// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.benchmarks.format;

import dev.boostscope.core.format.EventFiles;
import dev.boostscope.core.format.IndexFile;
import dev.boostscope.core.format.TensorRecord;
import dev.boostscope.core.format.TrialLayout;
import dev.boostscope.core.format.TrialWriter;
import dev.boostscope.core.storage.LocalStorage;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing a step's events (encode + frame + put to a {@link LocalStorage} folder) against writing the same bytes with a
 * plain {@link FileOutputStream}, in the same run. Every invocation writes a new file, as the hook does (it never
 * rewrites a step): the storage side as a new worker's event file (temp file + rename), the baseline as a new file
 * in one folder; the files are deleted between iterations. The {@code :bytes} rows are event-file bytes written per
 * second (divide by 10^6 for MB/s); {@code megabytes / cpuSeconds} is the same per CPU-second of the benchmark
 * thread, which stays meaningful on a loaded machine. The target is
 * {@code eventsToLocalStorage >= 0.7 x plainFileOutputStream}; {@code plainFileOutputStreamRenamed} (the baseline plus
 * a rename) is the most an atomic publish by rename can reach.
 *
 * <p>Run from the repository root ({@code -p folder=/dev/shm} takes the disk out of the comparison):
 * <pre>{@code
 * ./mvnw -B -q -pl boostscope-benchmarks -am package -DskipTests
 * java -cp "boostscope-benchmarks/target/classes:boostscope-benchmarks/target/lib/*" org.openjdk.jmh.Main \
 *     EventWriteBenchmark -f 1 -wi 2 -i 3
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
public class EventWriteBenchmark {
    /** The step written: {@code metrics} (40 scalars) or {@code predictions} (10,000 x 10 float32 + labels). */
    @Param({"metrics", "predictions"})
    public String step;

    /** The parent folder of the files; empty for the system's temporary folder. */
    @Param({""})
    public String folder;

    private Path dir;
    private LocalStorage storage;
    private Path plain;
    private List<TensorRecord> tensors;
    private byte[] eventBytes;
    private long sequence;

    /**
     * Creates the folders, the tensors and the reference bytes.
     *
     * @throws IOException if a folder cannot be created
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = folder.isEmpty() ? Files.createTempDirectory("boostscope-bench")
                : Files.createTempDirectory(Path.of(folder), "boostscope-bench");
        storage = LocalStorage.open(dir.resolve("trial"));
        plain = Files.createDirectories(dir.resolve("plain"));
        tensors = Workloads.step(step, 7);
        eventBytes = EventFiles.encode(tensors, TrialLayout.eventKey(7, "worker_0")).eventBytes();
    }

    /**
     * Deletes the files written in an iteration, so folders do not grow without bound.
     *
     * @throws IOException if a file cannot be deleted
     */
    @TearDown(Level.Iteration)
    public void deleteFiles() throws IOException {
        deleteUnder(dir.resolve("trial"));
        try (Stream<Path> files = Files.list(plain)) {
            for (Path path : files.toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * Deletes the folders.
     *
     * @throws IOException if a file cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        storage.close();
        deleteUnder(dir);
    }

    /**
     * Encodes, frames and publishes a step's event file (temp file + rename).
     *
     * @param counter the byte counter
     * @param cpu the CPU time and megabytes
     */
    @Benchmark
    public void eventsToLocalStorage(ByteCounter counter, CpuCost cpu) {
        long start = CpuCost.now();
        String key = TrialLayout.eventKey(7, "worker_" + sequence++);
        storage.put(key, EventFiles.encode(tensors, key).eventBytes());
        cpu.add(start, eventBytes.length);
        counter.bytes += eventBytes.length;
    }

    /**
     * Publishes the already-encoded bytes (temp file + rename), without encoding: the storage's own cost.
     *
     * @param counter the byte counter
     * @param cpu the CPU time and megabytes
     */
    @Benchmark
    public void putOnly(ByteCounter counter, CpuCost cpu) {
        long start = CpuCost.now();
        storage.put(TrialLayout.eventKey(7, "worker_" + sequence++), eventBytes);
        cpu.add(start, eventBytes.length);
        counter.bytes += eventBytes.length;
    }

    /**
     * Writes the whole step as the hook does: the event file, then its index JSON.
     *
     * @param counter the byte counter (event-file bytes only)
     * @param cpu the CPU time and megabytes (event-file bytes only)
     * @return the index, for the blackhole
     */
    @Benchmark
    public IndexFile trialWriterStep(ByteCounter counter, CpuCost cpu) {
        long start = CpuCost.now();
        IndexFile index = TrialWriter.open(storage, "worker_" + sequence++).writeStep(tensors);
        cpu.add(start, eventBytes.length);
        counter.bytes += eventBytes.length;
        return index;
    }

    /**
     * Writes the already-encoded bytes to a new file with a plain stream: the baseline.
     *
     * @param counter the byte counter
     * @param cpu the CPU time and megabytes
     * @throws IOException if the write fails
     */
    @Benchmark
    public void plainFileOutputStream(ByteCounter counter, CpuCost cpu) throws IOException {
        long start = CpuCost.now();
        try (FileOutputStream out = new FileOutputStream(plain.resolve(sequence++ + ".tfevents").toFile())) {
            out.write(eventBytes);
        }
        cpu.add(start, eventBytes.length);
        counter.bytes += eventBytes.length;
    }

    /**
     * The baseline plus an atomic rename: the same bytes to a temporary name with one {@code FileOutputStream.write},
     * then renamed into place. The least that any publish by temp file and rename can cost; its difference from the
     * baseline is the price of the rename alone.
     *
     * @param counter the byte counter
     * @param cpu the CPU time and megabytes
     * @throws IOException if the write or the rename fails
     */
    @Benchmark
    public void plainFileOutputStreamRenamed(ByteCounter counter, CpuCost cpu) throws IOException {
        long start = CpuCost.now();
        long n = sequence++;
        Path temp = plain.resolve(n + ".tmp");
        try (FileOutputStream out = new FileOutputStream(temp.toFile())) {
            out.write(eventBytes);
        }
        Files.move(temp, plain.resolve(n + ".tfevents"), StandardCopyOption.ATOMIC_MOVE);
        cpu.add(start, eventBytes.length);
        counter.bytes += eventBytes.length;
    }

    /**
     * Encodes and frames only, in memory: the encoder's own cost.
     *
     * @param counter the byte counter
     * @param cpu the CPU time and megabytes
     * @return the encoded step, for the blackhole
     */
    @Benchmark
    public EventFiles.EncodedStep encodeOnly(ByteCounter counter, CpuCost cpu) {
        long start = CpuCost.now();
        EventFiles.EncodedStep encoded = EventFiles.encode(tensors,
                "events/000000000007/000000000007_worker_0.tfevents");
        cpu.add(start, eventBytes.length);
        counter.bytes += eventBytes.length;
        return encoded;
    }

    private static void deleteUnder(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
