// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.benchmarks;

import dev.boostscope.xgboost.data.BundledMnist;
import dev.boostscope.xgboost.data.Dataset;
import dev.boostscope.xgboost.data.DatasetReader;
import dev.boostscope.xgboost.data.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Parses a 60,000-row LIBSVM file with Boostscope's reader and with XGBoost's own loader ({@code new DMatrix(path +
 * "?format=libsvm")}) in the same run; scores are rows per second (higher is better).
 *
 * <p>By default the file is the bundled MNIST (8,000 + 2,000 rows) repeated six times, plain text, about 116 MB. With
 * {@code -p file=PATH} it is any 60,000-row LIBSVM file, such as {@code boostscope data fashion-mnist}'s
 * {@code fashion-mnist.train.libsvm.gz} (gunzipped into a temporary file first, as XGBoost reads only plain text).
 * XGBoost's loader parses with all cores (OpenMP); Boostscope's reader uses one thread.
 *
 * <p>Run from the repository root:
 * <pre>{@code
 * ./mvnw -B -q -pl boostscope-benchmarks -am package -DskipTests
 * java -cp "boostscope-benchmarks/target/boostscope-benchmarks-0.1.0-SNAPSHOT.jar:boostscope-benchmarks/target/lib/*" \
 *     org.openjdk.jmh.Main LibsvmReaderBenchmark -f 1 -wi 3 -i 5 -w 2s -r 5s
 * }</pre>
 *
 * <p>Not final and public, as JMH requires; not thread-safe (one benchmark thread).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(LibsvmReaderBenchmark.ROWS)
public class LibsvmReaderBenchmark {
    /** The number of rows in the file; each benchmark call parses them all. */
    public static final int ROWS = 60_000;

    /** A 60,000-row LIBSVM file, plain or gzip; empty for the bundled MNIST repeated six times. */
    @Param({""})
    public String file;

    private Path folder = Path.of("");
    private Path plain = Path.of("");

    /**
     * Writes the plain file to parse.
     *
     * @throws IOException if it cannot be written
     */
    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        folder = Files.createTempDirectory("libsvm-benchmark");
        plain = folder.resolve("input.libsvm");
        try (OutputStream out = Files.newOutputStream(plain)) {
            if (file.isEmpty()) {
                writeBundledSixTimes(out);
            } else {
                copyPlain(Path.of(file), out);
            }
        }
    }

    /**
     * Deletes the file.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void deleteFile() throws IOException {
        Files.deleteIfExists(plain);
        Files.deleteIfExists(folder);
    }

    /**
     * Parses the file with Boostscope's reader into a {@link Dataset}.
     *
     * @return the rows, so that JMH keeps the work
     * @throws IOException if reading fails
     */
    @Benchmark
    public Dataset boostscopeReader() throws IOException {
        return DatasetReader.read(plain, ReadOptions.libsvm());
    }

    /**
     * Parses the file with Boostscope's reader and builds the XGBoost matrix from it, as training does.
     *
     * @return the row count, so that JMH keeps the work
     * @throws IOException if reading fails
     * @throws XGBoostError if XGBoost rejects the data
     */
    @Benchmark
    public long boostscopeReaderToDMatrix() throws IOException, XGBoostError {
        DMatrix matrix = DatasetReader.read(plain, ReadOptions.libsvm()).toDMatrix();
        try {
            return matrix.rowNum();
        } finally {
            matrix.dispose();
        }
    }

    /**
     * Loads the file with XGBoost's own text loader.
     *
     * @return the row count, so that JMH keeps the work
     * @throws XGBoostError if XGBoost fails
     */
    @Benchmark
    public long xgboostNativeLoader() throws XGBoostError {
        DMatrix matrix = new DMatrix(plain + "?format=libsvm");
        try {
            return matrix.rowNum();
        } finally {
            matrix.dispose();
        }
    }

    private static void writeBundledSixTimes(OutputStream out) throws IOException {
        Path train = BundledMnist.file(BundledMnist.Split.TRAIN);
        Path validation = BundledMnist.file(BundledMnist.Split.VALIDATION);
        int repeats = ROWS / (BundledMnist.Split.TRAIN.rows() + BundledMnist.Split.VALIDATION.rows());
        for (int i = 0; i < repeats; i++) {
            Files.copy(train, out);
            Files.copy(validation, out);
        }
    }

    private static void copyPlain(Path source, OutputStream out) throws IOException {
        try (InputStream raw = Files.newInputStream(source)) {
            byte[] magic = raw.readNBytes(2);
            boolean gzip = magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
            if (!gzip) {
                out.write(magic);
                raw.transferTo(out);
                return;
            }
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(source), 1 << 16)) {
            in.transferTo(out);
        }
    }
}
