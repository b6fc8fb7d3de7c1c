// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The entry point of one worker of a multi-worker job: {@code java -cp <class path>
 * dev.boostscope.jobs.process.WorkerMain <job folder> <rank> <workers> <tracker host:port> [<parent pid>]}, as the job
 * process starts it for each rank (or {@code boostscope jobs worker} on another machine). With a parent pid, the
 * worker ends itself when that process is gone, so a killed job process leaves no worker behind. Not API.
 *
 * <p>Not thread-safe; run once per process.
 */
public final class WorkerMain {
    private WorkerMain() {
    }

    /**
     * Runs one worker, then exits: 0 when it trained all rounds or stopped with the others, 1 when it failed, 2 on a
     * bad command line.
     *
     * @param args the job folder, the rank, the number of workers, the tracker's address and optionally the pid of
     *     the process whose end ends this worker
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs one worker in this process, its log on standard output; {@code boostscope jobs worker} calls it. Blocks
     * until the worker ends. Call it once per process: XGBoost's collective is process-wide.
     *
     * @param args as for {@link #main}
     * @return the exit code: 0 when it trained all rounds or stopped with the others, 1 when it failed, 2 on a bad
     *     command line
     */
    public static int run(String[] args) {
        WorkerArgs parsed;
        try {
            parsed = WorkerArgs.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("boostscope worker: error: " + e.getMessage());
            System.err.println("usage: WorkerMain <job folder> <rank> <workers> <tracker host:port> [<parent pid>]");
            return 2;
        }
        InstantSource clock = () -> Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new WorkerRun(parsed, clock, new JobLog(System.out, clock)).run();
    }

    /**
     * A worker's command line.
     *
     * @param jobFolder the job's folder, holding {@code spec.json}
     * @param shard the worker's rank and the number of workers
     * @param tracker the tracker's address
     * @param parentPid the process whose end ends the worker, if any
     */
    record WorkerArgs(Path jobFolder, Shard shard, InetSocketAddress tracker, OptionalLong parentPid) {
        static WorkerArgs parse(String[] args) {
            if (args.length < 4 || args.length > 5) {
                throw new IllegalArgumentException("expected 4 or 5 arguments, got " + args.length);
            }
            Shard shard = new Shard(integer("rank", args[1]), integer("workers", args[2]));
            OptionalLong parent = args.length == 5 ? OptionalLong.of(integer("parent pid", args[4]))
                    : OptionalLong.empty();
            return new WorkerArgs(Path.of(args[0]), shard, address(args[3]), parent);
        }

        /** Parses {@code host:port}. */
        static InetSocketAddress address(String text) {
            int colon = text.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("tracker address must be host:port: '" + text + "'");
            }
            int port = integer("tracker port", text.substring(colon + 1));
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "tracker port must be within 1..65535: %d in '%s'", port, text));
            }
            return InetSocketAddress.createUnresolved(text.substring(0, colon), port);
        }

        private static int integer(String name, String text) {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be an integer: '" + text + "'", e);
            }
        }
    }
}
