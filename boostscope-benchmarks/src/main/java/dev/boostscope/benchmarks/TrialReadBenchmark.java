// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.benchmarks;

import dev.boostscope.core.storage.LocalStorage;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Opens a finished local trial, lists its steps and reads every scalar of every worker (smdebug needs 19-20 s for
 * 10,000 steps x 1 worker and 12-13.5 s for 1,000 steps x 8 workers). Each invocation is a cold open of the trial in
 * a warm JVM.
 *
 * <pre>{@code
 * ./mvnw -B -q -pl boostscope-benchmarks -am package -DskipTests
 * java -cp "boostscope-benchmarks/target/classes:boostscope-benchmarks/target/lib/*" org.openjdk.jmh.Main \
 *     TrialReadBenchmark
 * }</pre>
 *
 * <p>Not thread-safe: JMH state.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(1)
public class TrialReadBenchmark {
    /** Steps x workers. */
    @Param({"10000x1", "1000x8"})
    public String shape;

    private Path folder;

    /**
     * Writes the trial once.
     *
     * @throws IOException if the temporary folder cannot be made
     */
    @Setup(Level.Trial)
    public void write() throws IOException {
        String[] parts = shape.split("x");
        folder = Files.createTempDirectory("trial-bench-" + shape);
        try (LocalStorage storage = LocalStorage.open(folder)) {
            TrialBenchData.writeFinished(storage, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        }
    }

    /**
     * Deletes the trial.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    /**
     * Opens the trial, lists its steps and reads every scalar of every worker.
     *
     * @param sink consumes the values
     */
    @Benchmark
    public void openStepsAndReadEveryScalar(Blackhole sink) {
        try (Trial trial = Trials.open(folder.toString())) {
            sink.consume(trial.steps());
            for (String name : trial.tensorNames()) {
                for (String worker : trial.workers()) {
                    sink.consume(trial.tensor(name).values(worker));
                }
            }
        }
    }
}
