// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command that reads a trial reports a missing one as a usage error naming its option or argument. */
final class MissingTrialTest {
    private static final String FIX = ": pass the debugger output folder of a job (its debug-output), an s3:// URI, "
            + "or run ./boostscope jobs list\n";

    @TempDir
    Path dir;

    private String missing() {
        return dir.resolve("x").toString();
    }

    @Test
    void trialInspect_missingFolder_namesTheArgumentAndExitsTwo() {
        CliRun run = CliRun.of("trial", "inspect", missing());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("boostscope: error: URI " + missing()
                + ": no trial there (the folder does not exist)" + FIX);
    }

    @Test
    void trialValue_missingFolder_namesTheArgumentAndExitsTwo() {
        CliRun run = CliRun.of("trial", "value", missing(), "train-rmse", "--step", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("boostscope: error: URI " + missing()
                + ": no trial there (the folder does not exist)" + FIX);
    }

    @Test
    void plotMetrics_missingFolder_namesTheOptionAndExitsTwo() {
        CliRun run = CliRun.of("plot", "metrics", "--trial", missing(), "--out", dir.resolve("m.png").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("boostscope: error: --trial " + missing()
                + ": no trial there (the folder does not exist)" + FIX);
    }

    @Test
    void report_missingFolder_namesTheOptionAndExitsTwo() {
        CliRun run = CliRun.of("report", "--trial=" + missing(), "--out", dir.resolve("r.html").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("boostscope: error: --trial " + missing()
                + ": no trial there (the folder does not exist)" + FIX);
    }

    @Test
    void watch_missingFolder_namesTheArgumentAndExitsTwo() {
        CliRun run = CliRun.of("watch", missing());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("boostscope: error: URI " + missing()
                + ": no trial there (the folder does not exist)" + FIX);
    }

    @Test
    void rulesRun_emptyFolder_namesTheOptionAndWhatIsMissing() {
        CliRun run = CliRun.of("rules", "run", "--trial", dir.toString(), "--rule", "Overfit");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("boostscope: error: --trial " + dir
                + ": no trial there (no index files, collections files or end marker there)" + FIX);
    }

    @Test
    void rulesRun_missingFolderWithVerbose_addsTheStackTrace() {
        CliRun run = CliRun.of("--verbose", "rules", "run", "--trial", missing(), "--rule", "Overfit");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("boostscope: error: --trial " + missing()
                + ": no trial there (the folder does not exist)" + FIX
                + "dev.boostscope.core.TrialNotFoundException: no trial at ");
    }
}
