// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Assertions on what {@code boostscope demo} prints and leaves behind, shared by its tests. */
final class DemoOutput {
    /** The notebook's steps: 25 rounds saved every 3. */
    static final List<Integer> STEPS = IntStream.range(0, 25).filter(step -> step % 3 == 0).boxed().toList();

    private static final Pattern ACCURACY = Pattern.compile("(?m)^validation accuracy (0\\.\\d{4}) at step 24$");

    private DemoOutput() {
    }

    /** Checks the story: job, status lines, a matrix per step, the summary with the rules' results. */
    static void assertStory(String out) {
        assertThat(out).containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d: InProgress, Starting$")
                .containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d: InProgress, Downloading$")
                .containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d: InProgress, Training$")
                .containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d: Completed, Completed$")
                .containsPattern("(?m)^training job demo-smdebug-xgboost-classification-\\S+ Completed after 25 of "
                        + "25 rounds$")
                .containsPattern("(?m)^  validation:mlogloss 0\\.\\d{4}$")
                .containsPattern("(?m)^validation accuracy 0\\.\\d{4} at step 24$")
                .contains("steps captured: " + STEPS, "rule results:")
                .containsPattern("(?m)^  Overfit: (IssuesFound|NoIssuesFound) \\(.+\\)$")
                .containsPattern("(?m)^  LossNotDecreasing: (IssuesFound|NoIssuesFound) \\(.+\\)$");
        for (int step : STEPS) {
            assertThat(out).containsPattern("(?m)^confusion matrix at step " + step + ": rows true, columns "
                    + "predicted; accuracy \\d+\\.\\d%$");
        }
        assertRoundLines(out, 25);
    }

    /** Checks that every boosting round printed one progress line, in order, with both eval sets' loss. */
    static void assertRoundLines(String out, int rounds) {
        List<String> lines = out.lines().filter(line -> line.startsWith("round ")).toList();
        assertThat(lines).hasSize(rounds);
        for (int round = 1; round <= rounds; round++) {
            assertThat(lines.get(round - 1)).matches("round " + round + "/" + rounds
                    + "  train-mlogloss \\d\\.\\d{5}  validation-mlogloss \\d\\.\\d{5}");
        }
    }

    /** Checks that the trial is complete, with the notebook's steps and the validation set's rows. */
    static void assertCompleteTrial(String location) {
        try (Trial trial = Trials.open(location)) {
            assertThat(trial.loadedAllSteps()).isTrue();
            assertThat(trial.steps()).isEqualTo(STEPS);
            assertThat(trial.tensor("predictions").steps()).isEqualTo(STEPS);
            assertThat(trial.tensor("labels").steps()).isEqualTo(STEPS);
            assertThat(trial.tensor("predictions").value(24).shape()).containsExactly(2000L);
            assertThat(trial.tensor("labels").value(24).shape()).containsExactly(2000L);
            assertThat(trial.tensorNamesInCollection("metrics")).contains("train-mlogloss", "validation-mlogloss");
            assertThat(trial.tensor("validation-mlogloss").value(24).scalarValue()).isLessThan(1.0);
        }
    }

    /**
     * Checks the GIF (an animation) and the report in a folder, and that the output names them. The report holds the
     * metric curves and, as micro-averaged precision, the accuracy the summary printed.
     */
    static void assertFiles(String out, Path folder) {
        String accuracy = DemoCommandTest.group(ACCURACY, out);
        Path gif = folder.resolve("cm.gif");
        Path report = folder.resolve("report.html");
        assertThat(out).contains("  confusion matrix GIF: " + gif, "  report: " + report);
        try {
            assertThat(Files.readAllBytes(gif)).startsWith("GIF89a".getBytes(US_ASCII));
            assertThat(gifFrames(gif)).isGreaterThan(1);
            assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").contains("</html>",
                    "Loss versus Step Graph", "alt=\"mlogloss over the steps\"", "validation-mlogloss",
                    "<tr><td>micro</td><td>" + accuracy + "</td>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int gifFrames(Path gif) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            return reader.getNumImages(true);
        } finally {
            reader.dispose();
        }
    }
}
