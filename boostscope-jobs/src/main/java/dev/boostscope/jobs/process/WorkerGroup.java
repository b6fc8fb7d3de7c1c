// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import dev.boostscope.core.StorageException;
import dev.boostscope.jobs.state.Progress;
import dev.boostscope.jobs.state.WorkerStatus;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The worker processes of a multi-worker job, started by the job process as its children: one JVM per rank running
 * {@link WorkerMain}, with the job process's class path and JVM options, its output in its {@link WorkerFolder}'s log.
 * Tells each worker's state from its process and its progress file, names the first that failed, asks all to stop,
 * and terminates them (a polite signal, then a kill) so that none is left behind.
 *
 * <p>Not thread-safe: used from the job's training thread (and {@link #close} from a shutdown path).
 */
final class WorkerGroup implements AutoCloseable {
    private static final Duration POLITE = Duration.ofSeconds(2);
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private final Path jobFolder;
    private final List<Worker> workers;

    private WorkerGroup(Path jobFolder, List<Worker> workers) {
        this.jobFolder = jobFolder;
        this.workers = workers;
    }

    /**
     * Starts one worker process for each of ranks {@code 0..local-1} of {@code world}; if one cannot start, those
     * started are terminated.
     */
    static WorkerGroup launch(Path jobFolder, int local, int world, InetSocketAddress tracker) {
        WorkerGroup group = new WorkerGroup(jobFolder, new ArrayList<>());
        try {
            for (int rank = 0; rank < local; rank++) {
                group.workers.add(group.start(rank, world, tracker));
            }
            return group;
        } catch (RuntimeException e) {
            group.close();
            throw e;
        }
    }

    private Worker start(int rank, int count, InetSocketAddress tracker) {
        WorkerFolder folder = WorkerFolder.of(jobFolder, rank);
        try {
            Files.createDirectories(folder.path());
            ProcessBuilder builder = new ProcessBuilder(command(rank, count, tracker)).directory(folder.path().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.file(WorkerFolder.LOG).toFile()));
            return new Worker(folder, builder.start());
        } catch (IOException e) {
            throw new StorageException(folder.path().toUri(), "start worker process " + folder.name(), e);
        }
    }

    private List<String> command(int rank, int count, InetSocketAddress tracker) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> !option.startsWith("-agentlib:jdwp")).forEach(command::add);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(WorkerMain.class.getName());
        command.add(jobFolder.toString());
        command.add(Integer.toString(rank));
        command.add(Integer.toString(count));
        command.add(tracker.getHostString() + ":" + tracker.getPort());
        command.add(Long.toString(ProcessHandle.current().pid()));
        return command;
    }

    /** Returns each worker's state, by rank. */
    List<WorkerStatus> statuses() {
        return workers.stream().map(Worker::status).toList();
    }

    /** Returns the progress of a worker. */
    Optional<Progress> progress(int rank) {
        return workers.get(rank).folder.progress();
    }

    /** Returns the model a worker saved, or empty if it saved none. */
    Optional<byte[]> model(int rank) {
        WorkerFolder folder = workers.get(rank).folder;
        return Files.isRegularFile(folder.file(WorkerFolder.MODEL)) ? Optional.of(folder.model()) : Optional.empty();
    }

    boolean allExited() {
        return workers.stream().noneMatch(w -> w.process.isAlive());
    }

    /**
     * Returns the failure reason of the worker that failed first: of those that ended with a non-zero code, one
     * killed by a signal (code above 128) before one that reported an error (often only because a peer vanished),
     * then the lowest rank.
     */
    Optional<String> failure() {
        return workers.stream().filter(Worker::failed)
                .min(Comparator.comparingInt((Worker w) -> w.process.exitValue() > 128 ? 0 : 1)
                        .thenComparingInt(w -> w.folder.rank()))
                .map(Worker::failureReason);
    }

    /** Asks every worker to stop after the current round. */
    void requestStop(String reason) {
        try {
            Files.createDirectories(WorkerFolder.shared(jobFolder).path());
        } catch (IOException e) {
            throw new StorageException(jobFolder.toUri(), "create the workers folder", e);
        }
        WorkerFolder.shared(jobFolder).requestStop(reason);
    }

    /** Ends every worker still running: a polite signal, then a kill; returns once all are gone. */
    @Override
    public void close() {
        List<Worker> alive = workers.stream().filter(w -> w.process.isAlive()).toList();
        alive.forEach(w -> {
            w.terminated = true;
            w.process.destroy();
        });
        alive.forEach(w -> awaitExit(w.process, POLITE));
        alive.stream().filter(w -> w.process.isAlive()).forEach(w -> w.process.destroyForcibly());
        alive.forEach(w -> awaitExit(w.process, KILL_WAIT));
    }

    private static void awaitExit(Process process, Duration timeout) {
        try {
            process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One worker process. */
    private static final class Worker {
        private final WorkerFolder folder;
        private final Process process;
        private volatile boolean terminated;

        Worker(WorkerFolder folder, Process process) {
            this.folder = folder;
            this.process = process;
        }

        boolean failed() {
            return !terminated && !process.isAlive() && process.exitValue() != 0;
        }

        int round() {
            return folder.progress().map(Progress::round).orElse(0);
        }

        String failureReason() {
            int code = process.exitValue();
            String what = String.format(Locale.ROOT, "%s (pid %d) exited with code %d at round %d", folder.name(),
                    process.pid(), code, round());
            Optional<String> own = folder.failure().map(String::strip);
            if (own.isEmpty()) {
                return "AlgorithmError: " + what + (code > 128 ? " (killed by signal " + (code - 128) + ")" : "");
            }
            int colon = own.get().indexOf(": ");
            return colon < 0 ? "AlgorithmError: " + what + ": " + own.get()
                    : own.get().substring(0, colon) + ": " + what + ": " + own.get().substring(colon + 2);
        }

        WorkerStatus status() {
            WorkerStatus.State state;
            int code = WorkerStatus.RUNNING;
            int round = round();
            if (process.isAlive()) {
                state = round > 0 ? WorkerStatus.State.TRAINING : WorkerStatus.State.STARTING;
            } else {
                code = process.exitValue();
                state = terminated ? WorkerStatus.State.TERMINATED
                        : code == 0 ? WorkerStatus.State.COMPLETED : WorkerStatus.State.FAILED;
            }
            return new WorkerStatus(folder.rank(), process.pid(), state, code, round);
        }
    }
}
