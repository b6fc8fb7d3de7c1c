// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.rules.ParameterSpec;
import dev.boostscope.rules.RuleDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps docs/rules.md in step with the catalogue: every rule has a section and every parameter its row. */
final class RulesDocTest {
    private static final Path DOC = Path.of("../docs/rules.md");

    @Test
    void rulesDoc_everyBuiltIn_documentsEachParameterWithItsDefault() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (RuleDefinition definition : BuiltinRules.definitions()) {
            String section = section(doc, definition.name());
            assertThat(section).as(definition.name()).contains(definition.description());
            for (ParameterSpec parameter : definition.parameters()) {
                String defaultCell = parameter.hasDefault() ? "`" + parameter.defaultValue() + "`" : "—";
                assertThat(section).as(definition.name() + "." + parameter.name())
                        .contains("| `" + parameter.name() + "` | " + defaultCell + " | ");
            }
        }
    }

    private static String section(String doc, String rule) {
        int start = doc.indexOf("\n### " + rule + "\n");
        assertThat(start).as("section for " + rule).isNotNegative();
        int end = doc.indexOf("\n### ", start + 1);
        return doc.substring(start, end < 0 ? doc.length() : end);
    }
}
