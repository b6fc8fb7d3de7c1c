// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

final class DemoCommandTest {
    @TempDir
    Path output;

    @Test
    @DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
    void demo_twoRounds_printsALinePerRoundAndSavesTheModel() throws IOException {
        CliRun run = CliRun.of("demo", "--rounds", "2", "--output", output.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(6);
        assertThat(lines[0]).isEqualTo("boostscope demo: the notebook's XGBoost model on the bundled MNIST (8,000"
                + " training, 2,000 validation digits, 784 pixels)");
        assertThat(lines[1]).isEqualTo("parameters: objective=multi:softmax num_class=10 max_depth=5 eta=0.1 gamma=4"
                + " min_child_weight=6 num_round=2 tree_method=hist nthread=2");
        String metrics = "train merror 0\\.\\d{4} mlogloss \\d\\.\\d{4}  validation merror 0\\.\\d{4} mlogloss"
                + " \\d\\.\\d{4} +\\d+\\.\\d s";
        assertThat(lines[2]).matches("round 1/2  " + metrics);
        assertThat(lines[3]).matches("round 2/2  " + metrics);
        assertThat(lines[4]).matches("validation accuracy 0\\.\\d{4} \\(\\d,\\d{3} of 2,000 digits\\) after 2 rounds"
                + " in \\d+\\.\\d s");
        assertThat(lines[5]).isEqualTo("model saved to " + output.resolve("xgboost-model.json"));
        assertThat(Files.readString(output.resolve("xgboost-model.json"))).startsWith("{\"learner\":");
        assertThat(output).isDirectoryNotContaining(path -> path.toString().endsWith(".tmp"));
    }

    @Test
    void demo_zeroRounds_isAUsageError() {
        CliRun run = CliRun.of("demo", "--rounds", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("boostscope: error: --rounds must be at least 1: 0\n");
    }

    @Test
    void help_listsTheDemoAndDataCommands() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("\n  demo +Train the notebook's XGBoost model")
                .containsPattern("\n  data +Get full-size data sets");
    }
}
