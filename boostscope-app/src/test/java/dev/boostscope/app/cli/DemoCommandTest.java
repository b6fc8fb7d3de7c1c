// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.s3.testing.S3ServerExtension;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo end to end with 7 rounds instead of the notebook's 25 (steps 0, 3, 6 instead of 0, 3, ..., 24), to keep
 * the suite fast on a shared 2-core machine: the 25-round run takes minutes there.
 */
final class DemoCommandTest {
    private static final Pattern TRIAL_LINE = Pattern.compile("(?m)^trial: (\\S+)$");

    @RegisterExtension
    static final S3ServerExtension S3 = new S3ServerExtension();

    @TempDir
    Path output;

    @Test
    @DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
    void demo_noDashboard_tellsTheNotebookStoryAndLeavesACompleteTrial() {
        CliRun run = CliRun.of("demo", "--no-dashboard", "--rounds", "7", "--output", output.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("(?m)^Training job name: demo-smdebug-xgboost-classification-"
                        + "\\d{4}(-\\d\\d){5}-\\d{3}$")
                .containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d: InProgress, (Training|Downloading|Starting)$")
                .contains("iteration: 0 ", "iteration: 3 ", "iteration: 6 ")
                .containsPattern("(?m)^validation accuracy 0\\.\\d{4} at step 6$")
                .contains("steps captured: [0, 3, 6]");
        String trialLocation = trialLocation(run.out());
        assertThat(Path.of(trialLocation)).startsWith(output);
        assertCompleteTrial(trialLocation);
        assertFiles(run.out(), Path.of(trialLocation).getParent());
    }

    @Test
    @DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
    void demo_s3_uploadsTheInputsAndWritesTheTrialThere() throws Exception {
        String prefix = "s3://" + S3.createBucket() + "/DEMO-smdebug-xgboost-mnist";
        try (var restorer = S3.exportSystemProperties()) {
            CliRun run = CliRun.of("demo", "--no-dashboard", "--rounds", "7", "--output", output.toString(),
                    "--s3", prefix);

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("  train: " + prefix + "/train/mnist.train.libsvm",
                    "  validation: " + prefix + "/validation/mnist.validation.libsvm");
            String trialLocation = trialLocation(run.out());
            assertThat(trialLocation).startsWith(prefix + "/demo-smdebug-xgboost-classification-")
                    .endsWith("/debug-output");
            assertCompleteTrial(trialLocation);
            String jobName = trialLocation.substring(prefix.length() + 1, trialLocation.lastIndexOf('/'));
            assertFiles(run.out(), output.resolve(jobName));
        }
    }

    @Test
    void demo_fullWithoutData_namesTheCommandsToRun() throws IOException {
        Path empty = Files.createDirectories(output.resolve("elsewhere"));
        CliRun run = CliRun.of("demo", "--full", "--no-dashboard", "--output", empty.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("boostscope: error: --full needs the full data set: neither ")
                .contains("run './boostscope data mnist' (downloads MNIST) or './boostscope data fashion-mnist'");
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
        assertThat(run.out()).containsPattern("\n  demo +Run the notebook end to end")
                .containsPattern("\n  data +Get full-size data sets");
    }

    private static String trialLocation(String out) {
        Matcher matcher = TRIAL_LINE.matcher(out);
        assertThat(matcher.find()).as(out).isTrue();
        return matcher.group(1);
    }

    private static void assertFiles(String out, Path folder) {
        try {
            assertThat(out).contains("confusion matrix GIF: " + folder.resolve("cm.gif"),
                    "report: " + folder.resolve("report.html"));
            assertThat(Files.readAllBytes(folder.resolve("cm.gif"))).startsWith("GIF89a".getBytes(US_ASCII));
            assertThat(Files.readString(folder.resolve("report.html"))).contains("<html");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertCompleteTrial(String location) {
        try (Trial trial = Trials.open(location)) {
            assertThat(trial.loadedAllSteps()).isTrue();
            assertThat(trial.steps()).containsExactly(0, 3, 6);
            assertThat(trial.tensor("predictions").steps()).containsExactly(0, 3, 6);
            assertThat(trial.tensor("predictions").value(6).shape()).containsExactly(2000L);
            assertThat(trial.tensor("labels").value(6).shape()).containsExactly(2000L);
            assertThat(trial.tensorNamesInCollection("metrics")).contains("validation-merror", "train-mlogloss");
            assertThat(List.of(trial.tensor("validation-merror").value(6).scalarValue())).allMatch(v -> v < 0.5);
        }
    }
}
