// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.s3.testing.S3ServerExtension;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import dev.boostscope.xgboost.data.BundledMnist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo end to end with the notebook's 25 rounds, its job run by the jobs module in a process of its own (about
 * 25 s per run on 2 cores): locally, and with inputs, trial and model on an S3 server.
 */
final class DemoCommandTest {
    private static final Pattern TRIAL_LINE = Pattern.compile("(?m)^trial: (\\S+)$");
    private static final Pattern JOB_NAME = Pattern.compile(
            "(?m)^Training job name: (demo-smdebug-xgboost-classification-\\d{4}(-\\d\\d){5}-\\d{3})$");

    @RegisterExtension
    static final S3ServerExtension S3 = new S3ServerExtension();

    @TempDir
    Path output;

    @Test
    @DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
    void demo_noDashboard_tellsTheNotebookStoryAndLeavesACompleteTrial() throws IOException {
        CliRun run = CliRun.of("demo", "--no-dashboard", "--output", output.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        DemoOutput.assertStory(run.out());
        String jobName = group(JOB_NAME, run.out());
        Path jobFolder = output.resolve(jobName);
        String trialLocation = group(TRIAL_LINE, run.out());
        assertThat(trialLocation).isEqualTo(jobFolder.resolve("debug-output").toString());
        assertThat(run.out()).contains("  job folder: " + jobFolder + " (spec.json, status.json, job.log)",
                "  model: " + jobFolder.resolve("output/model.ubj"));
        DemoOutput.assertCompleteTrial(trialLocation);
        DemoOutput.assertFiles(run.out(), jobFolder);
        assertThat(Files.readString(jobFolder.resolve("spec.json"))).contains("\"rule_to_invoke\": \"Overfit\"",
                "\"rule_to_invoke\": \"LossNotDecreasing\"");
    }

    @Test
    @DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
    void demo_s3_trainsFromTheUploadedInputsAndWritesTrialAndModelThere() throws Exception {
        String prefix = "s3://" + S3.createBucket() + "/DEMO-smdebug-xgboost-mnist";
        try (var restorer = S3.exportSystemProperties()) {
            CliRun run = CliRun.of("demo", "--no-dashboard", "--output", output.toString(), "--s3", prefix);

            assertThat(run.exitCode()).as(run.err()).isZero();
            DemoOutput.assertStory(run.out());
            assertThat(run.out()).contains("  train: " + prefix + "/train",
                    "  validation: " + prefix + "/validation");
            String jobName = group(JOB_NAME, run.out());
            String trialLocation = group(TRIAL_LINE, run.out());
            assertThat(trialLocation).isEqualTo(prefix + "/" + jobName + "/debug-output");
            assertThat(run.out()).contains("  model: " + prefix + "/" + jobName + "/output/model.ubj");
            DemoOutput.assertCompleteTrial(trialLocation);
            Path jobFolder = output.resolve(jobName);
            assertThat(jobFolder.resolve("input/data/train/train/mnist.train.libsvm")).isRegularFile();
            assertThat(Files.readString(jobFolder.resolve("job.log")))
                    .contains("channel train: downloaded 1 object(s) from " + prefix + "/train");
            DemoOutput.assertFiles(run.out(), jobFolder);
        }
    }

    @Test
    @DisabledIfSystemProperty(named = "skipXgboostTests", matches = "true")
    void demo_jobFailsOnBadData_exitsOneWithTheReasonAndTheLog() throws IOException {
        Path data = Files.createDirectories(output.resolve("bundled-mnist"));
        Path train = BundledMnist.extract(BundledMnist.Split.TRAIN, data);
        byte[] corrupt = Files.readAllBytes(train);
        corrupt[0] = 'x'; // same size, so the demo keeps it: the first row's label is no longer a number
        Files.write(train, corrupt);

        CliRun run = CliRun.of("demo", "--no-dashboard", "--output", output.toString());

        String jobName = group(JOB_NAME, run.out());
        Path log = output.resolve(jobName).resolve("job.log");
        assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
        assertThat(run.out()).containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d: Failed, Failed$")
                .doesNotContain("steps captured:");
        assertThat(run.err()).startsWith("boostscope: error: training job " + jobName + " ended Failed: ")
                .endsWith(" (log: " + log + ")\n");
        assertThat(log).isRegularFile();
        assertThat(output.resolve(jobName).resolve("cm.gif")).doesNotExist();
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
    void demo_noDashboardAndKeepServing_isAUsageError() {
        CliRun run = CliRun.of("demo", "--no-dashboard", "--keep-serving");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("boostscope: error: --no-dashboard and --keep-serving exclude each other: "
                + "pick one\n");
    }

    @Test
    void demo_s3WithoutBucket_isAUsageError() {
        CliRun run = CliRun.of("demo", "--s3", "s3:///prefix");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("boostscope: error: --s3 must be an s3://bucket/prefix URI: 's3:///prefix'\n");
    }

    @Test
    void help_listsTheDemoAndDataCommands() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("\n  demo +Run the notebook end to end")
                .containsPattern("\n  data +Get full-size data sets");
    }

    @Test
    void demoHelp_listsTheOptions() {
        CliRun run = CliRun.of("demo", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--output=DIR", "--no-dashboard", "--keep-serving", "--full",
                "--s3=s3://BUCKET/PREFIX").doesNotContain("--rounds");
    }

    static String group(Pattern pattern, String out) {
        Matcher matcher = pattern.matcher(out);
        assertThat(matcher.find()).as(out).isTrue();
        return matcher.group(1);
    }
}
