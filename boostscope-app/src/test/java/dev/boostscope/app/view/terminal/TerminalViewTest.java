// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.app.view.model.ConfusionMatrix;
import dev.boostscope.app.view.model.LiveStep;
import dev.boostscope.app.view.model.Series;
import dev.boostscope.app.view.model.StepValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class TerminalViewTest {
    private static final String NL = System.lineSeparator();

    private static LiveStep step(String trialName) {
        Series loss = new Series("train-mlogloss", List.of(new StepValue(0, 2.0), new StepValue(1, 1.0),
                new StepValue(2, 0.5)));
        ConfusionMatrix matrix = ConfusionMatrix.of(List.of("0", "1"), List.of(List.of(8, 2), List.of(1, 9)));
        return new LiveStep(trialName, 2, false, List.of(loss), matrix);
    }

    @Test
    void render_plain_wholeText() {
        String text = TerminalView.of(TerminalOptions.PLAIN).render(step("mnist"));

        assertThat(text).isEqualTo(String.join(NL,
                "boostscope watch  mnist  step 2  (training)",
                "",
                "metric                 value  history",
                "train-mlogloss      0.500000  █▃▁",
                "",
                "confusion matrix at step 2: rows true, columns predicted; accuracy 85.0%",
                "       0   1",
                "   0   8   2",
                "   1   1   9",
                ""));
    }

    @Test
    void frame_redrawInPlace_startsWithCursorHomeAndClear() {
        String frame = TerminalView.of(new TerminalOptions(false, true)).frame(step("mnist"));

        assertThat(frame).startsWith("\u001b[H\u001b[2J").doesNotContain("\u001b[48;2;");
    }

    @Test
    void render_color_paintsCellsWithBoneBackgrounds() {
        String text = TerminalView.of(new TerminalOptions(true, false)).render(step("mnist"));

        assertThat(text).contains("\u001b[48;2;").contains("\u001b[0m");
    }

    @Test
    void render_escapeInTrialName_isNeutralised() {
        String text = TerminalView.of(TerminalOptions.PLAIN).render(step("evil\u001b[2Jname"));

        assertThat(text).doesNotContain("\u001b").contains("evil?[2Jname");
    }

    @Test
    void render_noConfusion_saysWhatIsNeeded() {
        LiveStep step = new LiveStep("t", 0, true, List.of(), ConfusionMatrix.empty());

        assertThat(TerminalView.of(TerminalOptions.PLAIN).render(step))
                .contains("(training ended)", "no metrics saved (enable the metrics collection)",
                        "needs the labels and predictions collections");
    }

    @Test
    void detect_noColorSet_turnsColourOffButKeepsRedraw() {
        assertThat(TerminalOptions.detect(Map.of("NO_COLOR", "1"), true)).isEqualTo(new TerminalOptions(false, true));
        assertThat(TerminalOptions.detect(Map.of("NO_COLOR", ""), true)).isEqualTo(new TerminalOptions(true, true));
        assertThat(TerminalOptions.detect(Map.of(), false)).isEqualTo(TerminalOptions.PLAIN);
    }
}
