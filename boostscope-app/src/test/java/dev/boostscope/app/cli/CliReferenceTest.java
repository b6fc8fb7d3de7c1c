// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps docs/cli.md equal to the commands' usage help, and the reference complete and stable. */
final class CliReferenceTest {
    private static final Path DOC = Path.of("../docs/cli.md");

    @Test
    void render_checkedInReference_equalsDocsCliMd() throws IOException {
        String expected = CliReference.render();

        String actual = Files.readString(DOC, StandardCharsets.UTF_8).replace("\r\n", "\n");

        if (!actual.equals(expected)) {
            fail(String.format(Locale.ROOT, "docs/cli.md is out of date with the commands' help (%s); regenerate it "
                    + "from the repository root with%n  %s", firstDifference(expected, actual),
                    CliReference.REGENERATE_COMMAND));
        }
    }

    @Test
    void render_everyCommand_hasAHeadingAndItsUsage() {
        String reference = CliReference.render();

        for (String path : commandPaths()) {
            assertThat(reference).as(path)
                    .contains("\n## boostscope " + path + "\n\n```text\n")
                    .contains("\nUsage: boostscope " + path + " ");
        }
        assertThat(reference).contains("\n## boostscope\n\n```text\nUsage: boostscope ");
    }

    @Test
    void render_twice_givesTheSameTextWithoutTrailingSpaces() {
        String first = CliReference.render();

        assertThat(CliReference.render()).isEqualTo(first);
        assertThat(first.lines().filter(line -> !line.equals(line.stripTrailing()))).isEmpty();
        assertThat(first).doesNotContain("\r").doesNotContain("\u001B[");
    }

    @Test
    void main_withAFile_writesTheReference(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("cli.md");

        CliReference.main(new String[] {file.toString()});

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(CliReference.render());
    }

    private static List<String> commandPaths() {
        List<String> paths = new ArrayList<>();
        BoostscopeCommand.newCommandLine().getSubcommands().forEach((name, sub) -> {
            paths.add(name);
            sub.getSubcommands().forEach((childName, child) -> paths.add(name + " " + childName));
        });
        return paths;
    }

    private static String firstDifference(String expected, String actual) {
        List<String> want = expected.lines().toList();
        List<String> have = actual.lines().toList();
        int line = 0;
        while (line < want.size() && line < have.size() && want.get(line).equals(have.get(line))) {
            line++;
        }
        return String.format(Locale.ROOT, "line %d: expected '%s', the file has '%s'", line + 1,
                line < want.size() ? want.get(line) : "<end of file>",
                line < have.size() ? have.get(line) : "<end of file>");
    }
}
