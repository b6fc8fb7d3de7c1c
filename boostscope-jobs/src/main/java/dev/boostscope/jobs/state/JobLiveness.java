// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.state;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a running job from one whose process died without reporting (a SIGKILL, an out-of-memory kill, a reboot), and
 * marks the latter Failed. A job is dead when its process is gone (or its pid now belongs to another process) and its
 * heartbeat is stale; on another host only the heartbeat can tell, after a longer delay.
 *
 * <p>Thread-safe.
 */
public final class JobLiveness {
    /** How often the job process writes its heartbeat. */
    public static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(1);
    /** How old a heartbeat must be, with the process gone, for the job to count as dead. */
    public static final Duration STALE_AFTER = Duration.ofSeconds(4);
    /** How old a heartbeat must be for a job running on another host to count as dead. */
    public static final Duration REMOTE_STALE_AFTER = Duration.ofSeconds(60);

    private final InstantSource clock;

    private JobLiveness(InstantSource clock) {
        this.clock = clock;
    }

    /**
     * Returns a checker that reads time from a clock.
     *
     * @param clock the clock
     * @return the checker
     */
    public static JobLiveness using(InstantSource clock) {
        return new JobLiveness(clock);
    }

    /**
     * Returns the job's status after marking it Failed if its process died without reporting. Blocks on I/O.
     *
     * @param directory the job's folder
     * @param status the status just read
     * @return the status, updated if the job was found dead
     */
    public JobStatus reconcile(JobDirectory directory, JobStatus status) {
        if (status.isTerminal() || deathReason(directory, status).isEmpty()) {
            return status;
        }
        return directory.update(current -> {
            if (current.isTerminal()) {
                return current;
            }
            return deathReason(directory, current).map(reason -> current.fail(reason, clock.instant()))
                    .orElse(current);
        });
    }

    private Optional<String> deathReason(JobDirectory directory, JobStatus status) {
        JobProcess process = status.process();
        Instant now = clock.instant();
        Optional<Instant> heartbeat = directory.readHeartbeat();
        if (process.pid() == 0) {
            boolean late = status.times().creationTime().plus(REMOTE_STALE_AFTER).isBefore(now);
            return late && heartbeat.isEmpty() ? Optional.of("job process never started (see job.log)")
                    : Optional.empty();
        }
        if (!process.host().equals(Hosts.localName())) {
            return olderThan(heartbeat, now, REMOTE_STALE_AFTER) ? Optional.of(String.format(Locale.ROOT,
                    "job process %d on %s stopped its heartbeat without reporting", process.pid(), process.host()))
                    : Optional.empty();
        }
        if (process.live().isPresent() || !olderThan(heartbeat, now, STALE_AFTER)) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "job process %d died without reporting (killed?)",
                process.pid()));
    }

    private static boolean olderThan(Optional<Instant> heartbeat, Instant now, Duration limit) {
        return heartbeat.map(time -> time.plus(limit).isBefore(now)).orElse(true);
    }
}
