// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints a progress line per boosting round, {@code round 3/25  train-mlogloss 1.47054  validation-mlogloss 1.49500},
 * from the evaluation lines the job writes to its log ({@code [08:48:58] [2]\ttrain-mlogloss:1.4705...}). The log is
 * read from where the last call stopped, whole lines only, so every round is printed once and in order however often
 * the demo polls; a log that does not exist yet prints nothing.
 *
 * <p>Not thread-safe.
 */
final class RoundLines {
    private static final Pattern EVAL_LINE = Pattern.compile("^\\[[0-9:]+] \\[(\\d+)]\\t(.*)$");
    private static final Pattern METRIC = Pattern.compile("([^\\t:]+):(\\S+)");

    private final Path log;
    private final int numRound;
    private final PrintWriter out;
    private long offset;

    RoundLines(Path log, int numRound, PrintWriter out) {
        this.log = log;
        this.numRound = numRound;
        this.out = out;
    }

    /** Prints the rounds whose evaluation lines were appended to the log since the last call. */
    void printNew() {
        String appended = readAppendedLines();
        for (String line : appended.split("\n", -1)) {
            Matcher eval = EVAL_LINE.matcher(line.stripTrailing());
            if (eval.matches()) {
                out.println(format(Integer.parseInt(eval.group(1)) + 1, eval.group(2)));
            }
        }
        out.flush();
    }

    private String format(int round, String metrics) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "round %d/%d", round, numRound));
        Matcher metric = METRIC.matcher(metrics);
        while (metric.find()) {
            line.append("  ").append(metric.group(1)).append(' ');
            try {
                line.append(String.format(Locale.ROOT, "%.5f", Double.parseDouble(metric.group(2))));
            } catch (NumberFormatException e) {
                line.append(metric.group(2));
            }
        }
        return line.toString();
    }

    /** Reads the complete lines appended since the last call; a partial last line waits for the next call. */
    private String readAppendedLines() {
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size <= offset) {
                return "";
            }
            ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(size - offset));
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, offset + buffer.position()) < 0) {
                    break;
                }
            }
            byte[] bytes = buffer.array();
            int end = buffer.position();
            while (end > 0 && bytes[end - 1] != '\n') {
                end--;
            }
            offset += end;
            return new String(bytes, 0, end, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the job's log " + log, e);
        }
    }
}
