// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.benchmarks.format;

import dev.boostscope.benchmarks.Medians;
import dev.boostscope.core.format.EventFiles;
import dev.boostscope.core.format.TensorRecord;
import dev.boostscope.core.format.TrialLayout;
import dev.boostscope.core.storage.LocalStorage;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@link EventWriteBenchmark}'s writes, interleaved one operation at a time: each round writes one file with each
 * variant, so a machine shared with other builds loads them all alike, and the median CPU time per file of each
 * variant is compared (JMH runs one variant after the other, seconds apart, and on a loaded machine their ratios
 * swing by 2x between runs). Files are deleted every 500 rounds, outside the timing.
 *
 * <pre>{@code
 * java -cp "boostscope-benchmarks/target/classes:boostscope-benchmarks/target/lib/*" \
 *     dev.boostscope.benchmarks.format.EventWriteInterleaved metrics 20000 [folder]
 * }</pre>
 *
 * <p>Not thread-safe: a main program.
 */
public final class EventWriteInterleaved {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String[] VARIANTS = {"plainFileOutputStream", "plainFileOutputStreamRenamed", "putOnly",
        "eventsToLocalStorage", "encodeOnly"};

    private final Path plain;
    private final Path trialRoot;
    private final LocalStorage storage;
    private final List<TensorRecord> tensors;
    private final byte[] eventBytes;
    private long sequence;

    private EventWriteInterleaved(Path dir, String step) {
        this.plain = dir.resolve("plain");
        this.trialRoot = dir.resolve("trial");
        this.storage = LocalStorage.open(trialRoot);
        this.tensors = Workloads.step(step, 7);
        this.eventBytes = EventFiles.encode(tensors, TrialLayout.eventKey(7, "worker_0")).eventBytes();
    }

    /**
     * Runs the comparison and prints the median CPU microseconds per file of each variant.
     *
     * @param args the step ({@code metrics} or {@code predictions}), the number of rounds, and optionally the parent
     *     folder of the files
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        int rounds = Integer.parseInt(args[1]);
        Path dir = args.length > 2 ? Files.createTempDirectory(Path.of(args[2]), "boostscope-bench")
                : Files.createTempDirectory("boostscope-bench");
        EventWriteInterleaved bench = new EventWriteInterleaved(dir, args[0]);
        Files.createDirectories(bench.plain);
        bench.run(Math.max(rounds / 4, 1), new long[VARIANTS.length][Math.max(rounds / 4, 1)]); // warm-up
        long[][] nanos = new long[VARIANTS.length][rounds];
        bench.run(rounds, nanos);
        bench.storage.close();
        deleteUnder(dir);
        bench.print(nanos);
    }

    private void run(int rounds, long[][] nanos) throws IOException {
        for (int round = 0; round < rounds; round++) {
            if (round % 500 == 0) {
                deleteUnder(trialRoot);
                deleteUnder(plain);
                Files.createDirectories(plain);
            }
            for (int k = 0; k < VARIANTS.length; k++) {
                int variant = (round + k) % VARIANTS.length; // rotate which variant goes first
                long start = THREADS.getCurrentThreadCpuTime();
                write(variant);
                nanos[variant][round] = THREADS.getCurrentThreadCpuTime() - start;
            }
        }
    }

    private void write(int variant) throws IOException {
        long n = sequence++;
        switch (variant) {
            case 0 -> writePlain(plain.resolve(n + ".tfevents"));
            case 1 -> {
                Path temp = plain.resolve(n + ".tmp");
                writePlain(temp);
                Files.move(temp, plain.resolve(n + ".tfevents"), StandardCopyOption.ATOMIC_MOVE);
            }
            case 2 -> storage.put(TrialLayout.eventKey(7, "worker_" + n), eventBytes);
            case 3 -> {
                String key = TrialLayout.eventKey(7, "worker_" + n);
                storage.put(key, EventFiles.encode(tensors, key).eventBytes());
            }
            default -> blackhole(EventFiles.encode(tensors, TrialLayout.eventKey(7, "worker_0")).eventBytes());
        }
    }

    private void writePlain(Path path) throws IOException {
        try (FileOutputStream out = new FileOutputStream(path.toFile())) {
            out.write(eventBytes);
        }
    }

    private void blackhole(byte[] bytes) {
        if (bytes.length != eventBytes.length) {
            throw new IllegalStateException("encoded " + bytes.length + " bytes, expected " + eventBytes.length);
        }
    }

    private void print(long[][] nanos) {
        double baseline = median(nanos[0]);
        System.out.printf(Locale.ROOT, "%d-byte file, %d rounds, median CPU us per file:%n", eventBytes.length,
                nanos[0].length);
        for (int v = 0; v < VARIANTS.length; v++) {
            double median = median(nanos[v]);
            System.out.printf(Locale.ROOT, "%-30s %9.1f us  %8.1f MB per CPU-s  %.2fx baseline%n", VARIANTS[v],
                    median / 1e3, eventBytes.length / (median / 1e3), baseline / median);
        }
    }

    private static double median(long[] nanos) {
        return Medians.of(Arrays.stream(nanos).asDoubleStream().toArray());
    }

    private static void deleteUnder(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
