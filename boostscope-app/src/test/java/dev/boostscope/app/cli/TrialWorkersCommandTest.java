// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import dev.boostscope.core.format.CollectionEntry;
import dev.boostscope.core.format.CollectionsFile;
import dev.boostscope.core.format.TensorRecord;
import dev.boostscope.core.format.TrialWriter;
import dev.boostscope.core.storage.LocalStorage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code trial} commands on a trial written by two workers (issue #10): inspect lists both, and {@code --worker}
 * chooses whose values inspect, value and tail read.
 */
final class TrialWorkersCommandTest {
    @TempDir
    Path dir;
    private String root;

    @BeforeEach
    void writeTwoWorkers() {
        root = dir.resolve("two-workers").toString();
        try (LocalStorage storage = LocalStorage.open(Path.of(root))) {
            for (int rank = 0; rank < 2; rank++) {
                TrialWriter writer = TrialWriter.open(storage, "worker_" + rank);
                writer.writeCollections(new CollectionsFile(Map.of("metrics", new CollectionEntry("metrics",
                        List.of("^[a-z]+-[a-z]+$"), new TreeSet<>(), Map.of(), false)), 2, 1));
                for (int step = 0; step < 3; step++) {
                    writer.writeStep(List.of(new TensorRecord("train-rmse", NdArray.scalar(rank + step / 4.0), step,
                            Mode.GLOBAL, step, 0)));
                }
                if (rank == 0) {
                    writer.writeEndMarker();
                }
            }
        }
    }

    @Test
    void inspect_twoWorkers_listsBothAndReadsTheChosenOne() {
        String all = execute("trial", "inspect", root);
        String second = execute("trial", "inspect", root, "--worker", "worker_1");

        assertThat(all).contains("workers      worker_0, worker_1\n").doesNotContain("values from");
        assertThat(second).contains("workers      worker_0, worker_1\nvalues from  worker_1\n",
                "  train-rmse  float64  [1]    0-2\n");
        assertThat(execute("trial", "inspect", root, "--json", "--worker", "worker_1"))
                .contains("\"workers\" : [ \"worker_0\", \"worker_1\" ],\n  \"worker\" : \"worker_1\",");
    }

    @Test
    void value_workerOption_readsThatWorker() {
        assertThat(execute("trial", "value", root, "train-rmse", "--step", "2"))
                .isEqualTo("train-rmse at step 2 from worker_0: float64[1]\n[0.5]\n");
        assertThat(execute("trial", "value", root, "train-rmse", "--step", "2", "--worker", "worker_1"))
                .isEqualTo("train-rmse at step 2 from worker_1: float64[1]\n[1.5]\n");
    }

    @Test
    void tail_workerOption_printsThatWorkersValues() {
        assertThat(execute("trial", "tail", root, "--worker", "worker_1")).isEqualTo(
                "step 0 train-rmse=1.0\nstep 1 train-rmse=1.25\nstep 2 train-rmse=1.5\nend of training: 3 steps\n");
    }

    @Test
    void inspect_unknownWorker_isUsageErrorNamingTheWorkers() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = BoostscopeCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err));

        int code = commandLine.execute("trial", "inspect", root, "--worker", "worker_2");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("boostscope: error: --worker must be one of the workers of "
                + Path.of(root).toUri() + " (worker_0, worker_1): 'worker_2'" + System.lineSeparator());
    }

    private static String execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = BoostscopeCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        return out.toString().replace(System.lineSeparator(), "\n");
    }
}
