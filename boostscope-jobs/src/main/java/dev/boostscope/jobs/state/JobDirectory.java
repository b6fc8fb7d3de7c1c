// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.state;

import dev.boostscope.core.StorageException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * One job's folder and the files in it: {@code spec.json} (written once), {@code status.json} (replaced atomically at
 * each transition, under a lock where it is read, changed and written back), {@code progress.json} and
 * {@code heartbeat} (replaced atomically by the job process alone), {@code stop-request} and {@code job.log}.
 *
 * <p>Thread-safe, and safe across processes: concurrent updates from several CLI invocations and the job process
 * serialise on {@code .lock}.
 */
public final class JobDirectory {
    /** The job spec, in CreateTrainingJob's shape, with every default filled in. */
    public static final String SPEC = "spec.json";
    /** The status, in DescribeTrainingJob's shape. */
    public static final String STATUS = "status.json";
    /** The job process's output. */
    public static final String LOG = "job.log";
    /** Rounds done and the latest metrics. */
    public static final String PROGRESS = "progress.json";
    /** The time of the job process's last sign of life. */
    public static final String HEARTBEAT = "heartbeat";
    /** Present once a stop was requested; holds the reason. */
    public static final String STOP_REQUEST = "stop-request";
    private static final String LOCK = ".lock";
    private static final ConcurrentHashMap<Path, Object> MONITORS = new ConcurrentHashMap<>();

    private final Path path;

    private JobDirectory(Path path) {
        this.path = path;
    }

    /**
     * Returns the folder of a job; nothing is read or created.
     *
     * @param path the job's folder
     * @return the directory
     */
    public static JobDirectory of(Path path) {
        return new JobDirectory(path.toAbsolutePath().normalize());
    }

    /**
     * Returns the folder.
     *
     * @return the absolute path
     */
    public Path path() {
        return path;
    }

    /**
     * Returns the job's name: the folder's name.
     *
     * @return the name
     */
    public String name() {
        return Objects.requireNonNull(path.getFileName(), "job folder has no name").toString();
    }

    /**
     * Returns one of the job's files.
     *
     * @param name a file name such as {@link #LOG}
     * @return its path
     */
    public Path file(String name) {
        return path.resolve(name);
    }

    /**
     * Reads the status. Blocks on I/O.
     *
     * @return the status
     * @throws dev.boostscope.core.FormatException if the file is corrupt or newer than this code
     * @throws StorageException if it cannot be read
     */
    public JobStatus readStatus() {
        return StatusJson.parse(read(STATUS), file(STATUS).toString());
    }

    /**
     * Writes the first status of a new job.
     *
     * @param status the status
     */
    public void createStatus(JobStatus status) {
        write(STATUS, StatusJson.bytes(StatusJson.toJson(status)), true);
    }

    /**
     * Reads, changes and writes back the status under the job's lock; concurrent updates from any process apply one
     * after the other. Blocks on I/O and on the lock.
     *
     * @param change returns the new status, or its argument to leave the file untouched
     * @return the status after the change
     */
    public JobStatus update(UnaryOperator<JobStatus> change) {
        synchronized (MONITORS.computeIfAbsent(path, key -> new Object())) {
            try (FileChannel channel = FileChannel.open(file(LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE)) {
                channel.lock(); // released when the channel closes
                JobStatus current = readStatus();
                JobStatus next = change.apply(current);
                if (!next.equals(current)) {
                    createStatus(next);
                }
                return next;
            } catch (IOException e) {
                throw new StorageException(file(LOCK).toUri(), "lock", e);
            }
        }
    }

    /**
     * Reads the training progress.
     *
     * @return the progress, or empty before the first round
     */
    public Optional<Progress> readProgress() {
        return readIfPresent(PROGRESS).map(bytes -> StatusJson.parseProgress(bytes, file(PROGRESS).toString()));
    }

    /**
     * Replaces the training progress; called by the job process only.
     *
     * @param progress the progress
     */
    public void writeProgress(Progress progress) {
        write(PROGRESS, StatusJson.bytes(StatusJson.toJson(progress)), false);
    }

    /**
     * Reads the time of the job process's last heartbeat.
     *
     * @return the time, or empty if none was written or the file is unreadable
     */
    public Optional<Instant> readHeartbeat() {
        try {
            return readIfPresent(HEARTBEAT).map(b -> Instant.parse(new String(b, StandardCharsets.UTF_8).strip()));
        } catch (DateTimeParseException ignored) {
            // only the job process writes it, atomically; a garbled file counts as no heartbeat
            return Optional.empty();
        }
    }

    /**
     * Records a heartbeat; called by the job process only.
     *
     * @param now the time
     */
    public void writeHeartbeat(Instant now) {
        write(HEARTBEAT, (now + "\n").getBytes(StandardCharsets.UTF_8), false);
    }

    /**
     * Returns why a stop was requested.
     *
     * @return the reason, or empty if no stop was requested
     */
    public Optional<String> stopRequest() {
        return readIfPresent(STOP_REQUEST).map(b -> new String(b, StandardCharsets.UTF_8).strip());
    }

    /**
     * Requests a stop: the job process sees the file between rounds. A second request keeps the first reason.
     *
     * @param reason why, for the status
     */
    public void requestStop(String reason) {
        if (stopRequest().isEmpty()) {
            write(STOP_REQUEST, (reason + "\n").getBytes(StandardCharsets.UTF_8), true);
        }
    }

    /**
     * Reads a whole file of the job.
     *
     * @param name the file name
     * @return its bytes
     * @throws dev.boostscope.core.NoSuchKeyException if it does not exist
     */
    public byte[] read(String name) {
        Path file = file(name);
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new dev.boostscope.core.NoSuchKeyException(file.toUri(), "read");
        } catch (IOException e) {
            throw new StorageException(file.toUri(), "read", e);
        }
    }

    /**
     * Replaces a file of the job atomically.
     *
     * @param name the file name
     * @param bytes the content
     * @param durable whether to force the bytes to disk before the rename
     */
    public void write(String name, byte[] bytes, boolean durable) {
        try {
            AtomicFiles.write(file(name), bytes, durable);
        } catch (IOException e) {
            throw new StorageException(file(name).toUri(), "write", e);
        }
    }

    private Optional<byte[]> readIfPresent(String name) {
        try {
            return Optional.of(Files.readAllBytes(file(name)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StorageException(file(name).toUri(), "read", e);
        }
    }
}
