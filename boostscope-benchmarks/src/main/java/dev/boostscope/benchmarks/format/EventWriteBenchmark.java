// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.benchmarks.format;

import dev.boostscope.core.format.EventFiles;
import dev.boostscope.core.format.IndexFile;
import dev.boostscope.core.format.TensorRecord;
import dev.boostscope.core.format.TrialLayout;
import dev.boostscope.core.format.TrialWriter;
import dev.boostscope.core.storage.LocalStorage;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Writing a step's events (encode + frame + put to a {@link LocalStorage} folder) against writing the same bytes with a
 * plain {@link FileOutputStream}, in the same run. The {@code :bytes} rows are the event-file bytes written per second
 * (divide by 10^6 for MB/s); the target is {@code eventsToLocalStorage >= 0.7 x plainFileOutputStream}.
 *
 * <p>Run from the repository root:
 * <pre>{@code
 * ./mvnw -B -q -pl boostscope-benchmarks -am package -DskipTests
 * java -cp "boostscope-benchmarks/target/classes:boostscope-benchmarks/target/lib/*" org.openjdk.jmh.Main \
 *     EventWriteBenchmark -f 1 -wi 2 -i 3
 * }</pre>
 *
 * <p>Public and non-final because JMH generates subclasses. Not thread-safe: one state per benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EventWriteBenchmark {
    /** The step written: {@code metrics} (40 scalars) or {@code predictions} (10,000 x 10 float32 + labels). */
    @Param({"metrics", "predictions"})
    public String step;

    private Path dir;
    private LocalStorage storage;
    private TrialWriter writer;
    private List<TensorRecord> tensors;
    private String eventKey;
    private byte[] eventBytes;
    private File plainFile;

    /**
     * Creates the folder, the tensors and the reference bytes.
     *
     * @throws IOException if the temporary folder cannot be created
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("boostscope-bench");
        storage = LocalStorage.open(dir.resolve("trial"));
        writer = TrialWriter.open(storage, "worker_0");
        tensors = Workloads.step(step, 7);
        eventKey = TrialLayout.eventKey(7, "worker_0");
        eventBytes = EventFiles.encode(tensors, eventKey).eventBytes();
        plainFile = dir.resolve("plain.tfevents").toFile();
    }

    /**
     * Deletes the folder.
     *
     * @throws IOException if a file cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        storage.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * Encodes, frames and publishes the step's event file (temp file + rename).
     *
     * @param counter the byte counter
     */
    @Benchmark
    public void eventsToLocalStorage(ByteCounter counter) {
        storage.put(eventKey, EventFiles.encode(tensors, eventKey).eventBytes());
        counter.bytes += eventBytes.length;
    }

    /**
     * Writes the whole step as the hook does: the event file, then its index JSON.
     *
     * @param counter the byte counter (event-file bytes only)
     * @return the index, for the blackhole
     */
    @Benchmark
    public IndexFile trialWriterStep(ByteCounter counter) {
        IndexFile index = writer.writeStep(tensors);
        counter.bytes += eventBytes.length;
        return index;
    }

    /**
     * Writes the already-encoded bytes with a plain stream: the baseline.
     *
     * @param counter the byte counter
     * @throws IOException if the write fails
     */
    @Benchmark
    public void plainFileOutputStream(ByteCounter counter) throws IOException {
        try (FileOutputStream out = new FileOutputStream(plainFile)) {
            out.write(eventBytes);
        }
        counter.bytes += eventBytes.length;
    }

    /**
     * Encodes and frames only, in memory: the encoder's own cost.
     *
     * @param counter the byte counter
     * @return the encoded step, for the blackhole
     */
    @Benchmark
    public EventFiles.EncodedStep encodeOnly(ByteCounter counter) {
        counter.bytes += eventBytes.length;
        return EventFiles.encode(tensors, eventKey);
    }
}
