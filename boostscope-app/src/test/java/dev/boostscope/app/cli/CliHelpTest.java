// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command and subcommand answers {@code --help} with its usage and a description, and {@code --version}. */
final class CliHelpTest {
    static Stream<String> commands() {
        List<String> paths = new ArrayList<>();
        collect(BoostscopeCommand.newCommandLine(), "", paths);
        return paths.stream();
    }

    private static void collect(CommandLine commandLine, String prefix, List<String> paths) {
        commandLine.getSubcommands().forEach((name, sub) -> {
            if (!"help".equals(name)) {
                String path = (prefix + " " + name).strip();
                paths.add(path);
                collect(sub, path, paths);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("commands")
    void help_everyCommand_printsUsageAndDescription(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--help");

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Usage: boostscope " + command + " ")
                .containsPattern("\n[A-Z][^\n]+");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void version_everyCommand_printsTheVersion(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--version");

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(CliRun.of("--version").out()).startsWith("boostscope ");
    }

    @Test
    void help_root_examplesParseAsCommands() {
        CliRun run = CliRun.of("--help");
        String examples = run.out().substring(run.out().indexOf("\nExamples:\n"));

        List<String> lines = examples.lines().filter(line -> line.startsWith("  ./boostscope ")).toList();

        assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
        for (String line : lines) {
            String[] args = line.strip().substring("./boostscope ".length()).split(" ");
            assertThatCode(() -> BoostscopeCommand.newCommandLine().parseArgs(args)).as(line)
                    .doesNotThrowAnyException();
        }
    }
}
