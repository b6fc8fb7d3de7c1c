// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * Renders {@code docs/cli.md}: the picocli usage help of every {@code boostscope} command and subcommand as markdown.
 *
 * <p>Commands appear depth first in the order they are declared, one heading per command path, each with its usage
 * in a code block. The usage is rendered without ANSI colours at {@link #USAGE_WIDTH} columns, with {@code \n} line
 * ends and no trailing spaces, so the output does not depend on the terminal or the platform. Hidden commands are
 * left out. {@code CliReferenceTest} fails when the checked-in file differs from {@link #render()}.
 *
 * <p>Stateless and thread-safe.
 */
public final class CliReference {
    /** The usage help width, in columns, of every command in the reference. */
    public static final int USAGE_WIDTH = 120;

    /** The command, run from the repository root, that rewrites {@code docs/cli.md}. */
    public static final String REGENERATE_COMMAND = "./boostscope --version > /dev/null && "
            + "java -cp boostscope-app/target/boostscope.jar dev.boostscope.app.cli.CliReference docs/cli.md";

    private CliReference() {
    }

    /**
     * Writes the reference to the file named by the only argument, or to standard output when there is none.
     *
     * @param args the file to write, optional
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length > 1) {
            throw new IllegalArgumentException("expected at most one argument, the file to write, got " + args.length);
        }
        String text = render();
        if (args.length == 0) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.print(text);
            out.flush();
        } else {
            Files.writeString(Path.of(args[0]), text, StandardCharsets.UTF_8);
        }
    }

    /**
     * Returns the markdown reference of the {@code boostscope} command tree.
     *
     * @return the text of {@code docs/cli.md}, with {@code \n} line ends
     */
    public static String render() {
        CommandLine root = BoostscopeCommand.newCommandLine();
        root.setUsageHelpWidth(USAGE_WIDTH);
        root.setUsageHelpAutoWidth(false);
        StringBuilder text = new StringBuilder(header());
        appendCommand(text, root, root.getCommandName(), new IdentityHashMap<>());
        return text.toString();
    }

    private static String header() {
        return "# Command-line reference\n\n"
                + "Generated from the commands' picocli usage help by `dev.boostscope.app.cli.CliReference`: do not "
                + "edit by hand.\nAfter changing a command's options or help text, regenerate it from the repository "
                + "root with\n\n```\n" + REGENERATE_COMMAND + "\n```\n\n"
                + "`CliReferenceTest` fails while this file differs from what that command writes.\n";
    }

    private static void appendCommand(StringBuilder text, CommandLine command, String path,
            Map<CommandLine, Boolean> seen) {
        text.append("\n## ").append(path).append("\n\n```text\n")
                .append(usage(command)).append("```\n");
        for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
            CommandLine child = sub.getValue();
            boolean alias = !sub.getKey().equals(child.getCommandName());
            if (!alias && !child.getCommandSpec().usageMessage().hidden() && seen.put(child, Boolean.TRUE) == null) {
                appendCommand(text, child, path + " " + sub.getKey(), seen);
            }
        }
    }

    private static String usage(CommandLine command) {
        String message = command.getUsageMessage(CommandLine.Help.Ansi.OFF).replace(System.lineSeparator(), "\n");
        return message.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip() + "\n";
    }
}
