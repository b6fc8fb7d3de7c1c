// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import dev.boostscope.jobs.TrainingJob;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code boostscope jobs logs NAME [--follow]}: prints a job's log; with {@code --follow}, keeps printing new lines
 * until the job ends.
 *
 * <p>Not thread-safe.
 */
@Command(name = "logs", mixinStandardHelpOptions = true,
        description = "Print a job's log (its process's output); --follow keeps printing until the job ends.")
final class JobsLogsCommand implements Callable<Integer> {
    private static final Duration POLL = Duration.ofMillis(250);

    @Parameters(index = "0", paramLabel = "NAME", description = "The job's name.")
    String name;

    @Option(names = {"-f", "--follow"}, description = "Keep printing new lines until the job ends.")
    boolean follow;

    @Mixin
    JobsHomeOption home;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        TrainingJob job = home.open().job(name);
        PrintWriter out = spec.commandLine().getOut();
        long offset = print(job, 0, out, false);
        while (follow && !job.describe().status().isTerminal()) {
            LockSupport.parkNanos(POLL.toNanos());
            offset = print(job, offset, out, false);
        }
        print(job, offset, out, true);
        return 0;
    }

    /** Prints whole lines from an offset (or everything, at the end); returns the offset after them. */
    private static long print(TrainingJob job, long offset, PrintWriter out, boolean all) throws IOException {
        if (!Files.exists(job.logFile())) {
            return offset;
        }
        try (RandomAccessFile file = new RandomAccessFile(job.logFile().toFile(), "r")) {
            long length = file.length();
            if (length <= offset) {
                return offset;
            }
            byte[] bytes = new byte[(int) Math.min(length - offset, Integer.MAX_VALUE - 8)];
            file.seek(offset);
            file.readFully(bytes);
            int end = all ? bytes.length : lastNewline(bytes) + 1;
            out.print(new String(bytes, 0, end, StandardCharsets.UTF_8));
            out.flush();
            return offset + end;
        }
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
