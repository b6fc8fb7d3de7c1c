// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.state;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The operating-system process that runs a job: its pid, the host it runs on and when it started (which tells a
 * reused pid from the job's own).
 *
 * @param pid the process id; 0 before the process is known
 * @param host the host name
 * @param startTime when the process started, or null if the system does not say
 *
 * <p>Immutable.
 */
public record JobProcess(long pid, String host, @Nullable Instant startTime) {
    /** No process yet. */
    public static final JobProcess NONE = new JobProcess(0, "", null);
    private static final Duration START_TIME_TOLERANCE = Duration.ofSeconds(1);

    /**
     * Validates.
     *
     * @param pid the process id, non-negative
     * @param host the host name
     * @param startTime when it started, or null
     */
    public JobProcess {
        if (pid < 0) {
            throw new IllegalArgumentException("pid must be non-negative: " + pid);
        }
        Objects.requireNonNull(host, "host");
    }

    /**
     * Returns when the process started.
     *
     * @return the start time, or empty if unknown
     */
    public Optional<Instant> start() {
        return Optional.ofNullable(startTime);
    }

    /**
     * Returns the live process, if this is it: same pid, on this host, started at the recorded time (so a reused pid
     * is not mistaken for the job's process).
     *
     * @return the handle, or empty if the process is gone, elsewhere or not known yet
     */
    public Optional<ProcessHandle> live() {
        if (pid == 0 || !host.equals(Hosts.localName())) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::sameStart);
    }

    private boolean sameStart(ProcessHandle handle) {
        Optional<Instant> actual = handle.info().startInstant();
        if (startTime == null || actual.isEmpty()) {
            return true;
        }
        return Duration.between(startTime, actual.get()).abs().compareTo(START_TIME_TOLERANCE) <= 0;
    }

    /**
     * Describes a live process handle.
     *
     * @param handle the process
     * @return its pid, this host and its start time
     */
    public static JobProcess of(ProcessHandle handle) {
        return new JobProcess(handle.pid(), Hosts.localName(), handle.info().startInstant().orElse(null));
    }
}
