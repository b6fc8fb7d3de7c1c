// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import dev.boostscope.jobs.state.JobDirectory;
import dev.boostscope.jobs.state.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The files one worker of a multi-worker job shares with the job process, under {@code <job>/workers/worker_<rank>/}:
 * its log ({@code worker.log}), its progress ({@code progress.json}, rounds done and the last metrics), its model
 * ({@code model.ubj}) and, when it fails, its reason ({@code failure}). The job asks every worker to stop through
 * {@code <job>/workers/stop-request}.
 *
 * <p>Thread-safe.
 */
final class WorkerFolder {
    static final String WORKERS = "workers";
    static final String LOG = "worker.log";
    static final String MODEL = "model.ubj";
    static final String FAILURE = "failure";

    private final JobDirectory files;
    private final int rank;

    private WorkerFolder(JobDirectory files, int rank) {
        this.files = files;
        this.rank = rank;
    }

    static WorkerFolder of(Path jobFolder, int rank) {
        return new WorkerFolder(JobDirectory.of(jobFolder.resolve(WORKERS).resolve("worker_" + rank)), rank);
    }

    /** Returns the folder shared by all workers, where the stop request goes. */
    static JobDirectory shared(Path jobFolder) {
        return JobDirectory.of(jobFolder.resolve(WORKERS));
    }

    int rank() {
        return rank;
    }

    String name() {
        return "worker_" + rank;
    }

    Path path() {
        return files.path();
    }

    Path file(String name) {
        return files.file(name);
    }

    Optional<Progress> progress() {
        try {
            return files.readProgress();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    void writeProgress(Progress progress) {
        files.writeProgress(progress);
    }

    void writeModel(byte[] model) {
        files.write(MODEL, model, true);
    }

    byte[] model() {
        return files.read(MODEL);
    }

    void writeFailure(String reason) {
        files.write(FAILURE, reason.getBytes(StandardCharsets.UTF_8), true);
    }

    Optional<String> failure() {
        Path file = files.file(FAILURE);
        return Files.isRegularFile(file) ? Optional.of(new String(files.read(FAILURE), StandardCharsets.UTF_8))
                : Optional.empty();
    }
}
