// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.rules.Finding;
import dev.boostscope.rules.Rule;
import dev.boostscope.rules.RuleContext;
import dev.boostscope.rules.config.ConfiguredRule;
import dev.boostscope.rules.config.RuleConfig;
import dev.boostscope.rules.config.RuleFactory;
import dev.boostscope.rules.run.RuleInvoker;
import dev.boostscope.rules.run.RuleReport;
import dev.boostscope.testkit.FakeTrial;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packages the example rule in a jar, as a user would, and loads it through the rule factory. */
final class MetricAboveThresholdRuleTest {
    private static final String CLASS_NAME = "dev.boostscope.examples.MetricAboveThresholdRule";

    @TempDir
    static Path dir;
    private static Path jar;

    @BeforeAll
    static void packageTheExample() throws IOException, URISyntaxException {
        Path classes = Path.of(MetricAboveThresholdRule.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        String entry = CLASS_NAME.replace('.', '/') + ".class";
        jar = dir.resolve("my-rules.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry(entry));
            out.write(Files.readAllBytes(classes.resolve(entry)));
            out.closeEntry();
        }
    }

    private static FakeTrial trial() {
        FakeTrial trial = FakeTrial.create();
        trial.addScalars(0, Map.of("validation-rmse", 0.9)).addScalars(3, Map.of("validation-rmse", 0.45))
                .addScalars(6, Map.of("validation-rmse", 0.6)).finish();
        return trial;
    }

    @Test
    void loadUserRule_fromJar_firesWhereTheMetricIsAboveTheThreshold() {
        Rule rule = RuleFactory.loadUserRule(jar, CLASS_NAME, Map.of("threshold", "0.5"));

        RuleReport report = RuleInvoker.invoke(rule, RuleContext.of(trial()), 0, Integer.MAX_VALUE);

        assertThat(rule.name()).isEqualTo("MetricAboveThresholdRule");
        assertThat(report.findings()).containsExactly(
                new Finding("validation-rmse", 0.9, 0.5, 0, "validation-rmse is 0.9 at step 0, above 0.5"),
                new Finding("validation-rmse", 0.6, 0.5, 6, "validation-rmse is 0.6 at step 6, above 0.5"));
    }

    @Test
    void configure_jobRuleConfiguration_loadsTheExampleFromSourceJar() {
        ConfiguredRule configured = RuleFactory.configure(RuleConfig.of("rmse-guard", Map.of(
                "rule_to_invoke", CLASS_NAME, "source_jar", jar.toString(), "threshold", "1",
                "action_json", "{\"name\":\"stoptraining\"}")));

        RuleReport report = RuleInvoker.invoke(configured.rule(), RuleContext.of(trial()), 0, Integer.MAX_VALUE);

        assertThat(report.findings()).isEmpty();
        assertThat(configured.rule().requirements().tensorRegexes()).containsExactly("^validation-rmse$");
    }

    @Test
    void loadUserRule_missingThreshold_namesTheParameter() {
        assertThatThrownBy(() -> RuleFactory.loadUserRule(jar, CLASS_NAME, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter 'threshold' of rule MetricAboveThresholdRule must be a number: ''");
    }
}
