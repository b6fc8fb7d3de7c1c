// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** smdebug's save rule (spec §3.3) and the string form. */
final class SaveConfigTest {

    private static List<Integer> saved(SaveConfig config, int steps) {
        return IntStream.range(0, steps).filter(config::shouldSave).boxed().toList();
    }

    @Test
    void shouldSave_stepsAndInterval_areAUnion() {
        SaveConfig config = SaveConfig.parse("interval=500,steps=3+7");

        assertThat(saved(config, 1001)).containsExactly(0, 3, 7, 500, 1000);
    }

    @Test
    void shouldSave_startStep_keepsTheModulusAbsolute() {
        assertThat(saved(SaveConfig.parse("interval=100,start=150"), 401)).containsExactly(200, 300, 400);
    }

    @Test
    void shouldSave_endStep_isExclusive() {
        assertThat(saved(SaveConfig.parse("interval=3,end=9"), 20)).containsExactly(0, 3, 6);
    }

    @Test
    void shouldSave_endZero_savesOnlyTheListedSteps() {
        assertThat(saved(SaveConfig.parse("interval=1,steps=4,end=0"), 10)).containsExactly(4);
    }

    @Test
    void defaults_everyTenSteps() {
        assertThat(saved(SaveConfig.defaults(), 25)).containsExactly(0, 10, 20);
        assertThat(SaveConfig.defaults().toString()).isEqualTo("interval=10");
    }

    @Test
    void toString_canonicalForm_sortsStepsAndLeavesOutDefaults() {
        SaveConfig config = SaveConfig.newBuilder().saveSteps(5, 0, 5).endStep(20).saveInterval(3).build();

        assertThat(config).hasToString("interval=3,steps=0+5,end=20");
        assertThat(SaveConfig.parse(" end = 20 , steps=5+0 ,interval=3")).isEqualTo(config);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|save config must not be blank: ''",
        "interval=0|save config 'interval=0': interval must be a positive integer: '0'",
        "interval=x|save config 'interval=x': interval must be a positive integer: 'x'",
        "start=-1|save config 'start=-1': start must be a non-negative integer: '-1'",
        "steps=1+|save config 'steps=1+': steps must be a non-negative integer: ''",
        "interval=3,interval=4|save config 'interval=3,interval=4': key 'interval' given twice",
        "every=3|save config 'every=3': unknown key 'every' (expected interval, steps, start, end)",
        "interval|save config 'interval': expected key=value, found 'interval'",
        "interval=3,|save config 'interval=3,': expected key=value, found ''",
    })
    void parse_invalid_throwsNamingTheProblem(String text, String message) {
        assertThatThrownBy(() -> SaveConfig.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void builder_setTwice_throwsIllegalState() {
        SaveConfig.Builder builder = SaveConfig.newBuilder().saveInterval(3);

        assertThatThrownBy(() -> builder.saveInterval(4)).isInstanceOf(IllegalStateException.class)
                .hasMessage("save_interval was already set to 3");
    }

    @Test
    void builder_negativeEnd_throwsNamingTheValue() {
        assertThatThrownBy(() -> SaveConfig.newBuilder().endStep(-2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("end_step must be non-negative: -2");
    }

    @Test
    void toEntry_matchesTheCollectionsFileForm() {
        SaveConfig config = SaveConfig.parse("interval=3,steps=1,start=2,end=9");

        assertThat(config.toEntry().saveInterval()).isEqualTo(3);
        assertThat(config.toEntry().saveSteps()).containsExactly(1L);
        assertThat(config.toEntry().startStep()).isEqualTo(2);
        assertThat(config.toEntry().endStep()).hasValue(9);
        assertThat(IntStream.range(0, 20).allMatch(s -> config.toEntry().shouldSave(s) == config.shouldSave(s)))
                .isTrue();
    }
}
