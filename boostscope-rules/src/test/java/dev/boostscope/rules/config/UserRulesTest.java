// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.rules.Finding;
import dev.boostscope.rules.Rule;
import dev.boostscope.rules.RuleContext;
import dev.boostscope.rules.run.RuleInvoker;
import dev.boostscope.rules.run.RuleReport;
import dev.boostscope.testkit.FakeTrial;
import dev.boostscope.trial.Trial;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles a user rule with javax.tools at test time, jars it and loads it by class name. */
final class UserRulesTest {
    private static final String SOURCE = """
            package com.example.rules;

            import dev.boostscope.rules.Finding;
            import dev.boostscope.rules.Rule;
            import dev.boostscope.rules.RuleContext;
            import dev.boostscope.rules.RuleParameters;
            import dev.boostscope.rules.RuleRequirements;
            import dev.boostscope.rules.RuleResult;
            import java.util.List;
            
            public final class RmseAbove implements Rule {
                private final double limit;

                public RmseAbove(RuleParameters parameters) {
                    this.limit = parameters.number("limit", 0.5);
                }

                @Override
                public RuleRequirements requirements() {
                    return RuleRequirements.of(List.of("metrics"), List.of());
                }

                @Override
                public RuleResult evaluate(RuleContext context, int step) {
                    double rmse = context.baseTrial().tensor("validation-rmse").value(step).scalarValue();
                    return rmse > limit ? RuleResult.fired(new Finding("validation-rmse", rmse, limit, step,
                            "validation-rmse above limit")) : RuleResult.notFired();
                }
            }
            """;
    private static final String NOT_A_RULE = "package com.example.rules; public final class Plain { }";

    @TempDir
    static Path dir;
    private static Path jar;

    @BeforeAll
    static void buildJar() throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src/com/example/rules"));
        Files.writeString(sources.resolve("RmseAbove.java"), SOURCE);
        Files.writeString(sources.resolve("Plain.java"), NOT_A_RULE);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = compiler.run(null, diagnostics, diagnostics, "-classpath", apiClasspath(),
                "-d", classes.toString(), sources.resolve("RmseAbove.java").toString(),
                sources.resolve("Plain.java").toString());
        assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
        jar = dir.resolve("user-rules.jar");
        writeJar(classes, jar);
    }

    /** The rule API, the core types in its signatures and JSpecify: what a user compiles a rule against. */
    private static String apiClasspath() {
        return Stream.of(Rule.class, Trial.class, NullMarked.class)
                .map(type -> Path.of(toUri(type)).toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static URI toUri(Class<?> type) {
        try {
            return type.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no class path location for " + type, e);
        }
    }

    private static void writeJar(Path classes, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target); JarOutputStream jarOut = new JarOutputStream(out);
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                jarOut.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                jarOut.write(Files.readAllBytes(file));
                jarOut.closeEntry();
            }
        }
    }

    @Test
    void loadUserRule_compiledClassInJar_evaluatesLikeABuiltIn() {
        FakeTrial trial = FakeTrial.create();
        trial.addScalars(0, Map.of("validation-rmse", 0.4)).addScalars(3, Map.of("validation-rmse", 0.9)).finish();

        Rule rule = RuleFactory.loadUserRule(jar, "com.example.rules.RmseAbove", Map.of("limit", "0.8"));
        RuleReport report = RuleInvoker.invoke(rule, RuleContext.of(trial), 0, Integer.MAX_VALUE);

        assertThat(rule.name()).isEqualTo("RmseAbove");
        assertThat(rule.getClass().getClassLoader()).isNotSameAs(Rule.class.getClassLoader());
        assertThat(report.findings()).containsExactly(
                new Finding("validation-rmse", 0.9, 0.8, 3, "validation-rmse above limit"));
    }

    @Test
    void configure_sourceJar_loadsTheUserRuleWithItsParameters() {
        ConfiguredRule configured = RuleFactory.configure(RuleConfig.of("rmse-guard", Map.of(
                "rule_to_invoke", "com.example.rules.RmseAbove", "source_jar", jar.toString(), "limit", "2",
                "action_json", "{\"name\":\"log\"}")));

        assertThat(configured.rule().name()).isEqualTo("RmseAbove");
        assertThat(configured.rule().requirements().collections()).containsExactly("metrics");
    }

    @Test
    void loadUserRule_unusableInput_namesTheProblem() {
        assertThatThrownBy(() -> RuleFactory.loadUserRule(jar, "com.example.rules.Missing", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("class 'com.example.rules.Missing' not found in " + jar);
        assertThatThrownBy(() -> RuleFactory.loadUserRule(jar, "com.example.rules.Plain", Map.of()))
                .hasMessage("class 'com.example.rules.Plain' in " + jar
                        + " does not implement dev.boostscope.rules.Rule");
        assertThatThrownBy(() -> RuleFactory.loadUserRule(dir.resolve("none.jar"), "a.B", Map.of()))
                .hasMessage("source_jar must be an existing jar file: '" + dir.resolve("none.jar") + "'");
        assertThatThrownBy(() -> RuleFactory.loadUserRule(jar, "com.example.rules.RmseAbove",
                Map.of("limit", "high")))
                .hasMessage("parameter 'limit' of rule RmseAbove must be a number: 'high'");
    }
}
