// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import dev.boostscope.jobs.spec.JobSpecs;
import dev.boostscope.jobs.state.JobDirectory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;

/**
 * The job process's entry point: {@code java -cp <class path> dev.boostscope.jobs.process.JobMain <job folder>}, as
 * {@link JobLauncher} starts it. Not API.
 *
 * <p>Not thread-safe; run once per process.
 */
public final class JobMain {
    /**
     * The system property that makes each boosting round last at least this many milliseconds: pacing for demos that
     * are watched live and for tests that observe a running job; 0 (the default) for none. The workers of a
     * multi-worker job inherit it and pace themselves.
     */
    public static final String MIN_ROUND_PROPERTY = "boostscope.job.minRoundMillis";

    private JobMain() {
    }

    /**
     * Runs the job in the given folder, then exits: 0 when it completed or was stopped, 1 when it failed, 2 on a bad
     * command line.
     *
     * @param args the job folder
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: JobMain <job folder>");
            System.exit(2);
        }
        InstantSource clock = () -> Instant.now().truncatedTo(ChronoUnit.MILLIS);
        JobDirectory directory = JobDirectory.of(Path.of(args[0]));
        JobRun run;
        Duration pacing;
        try {
            JobLog log = new JobLog(System.out, clock);
            int workers = JobSpecs.parse(directory.read(JobDirectory.SPEC), directory.file(JobDirectory.SPEC)
                    .toString()).instanceCount();
            Trainer trainer = workers > 1 ? new DistributedTrainer(directory,
                    DistributedTrainer.Topology.fromEnvironment(workers, System.getenv()), clock, log)
                    : new HookTrainer(directory.path(), log, Shard.ALL);
            run = new JobRun(directory, trainer, clock, log);
            pacing = workers > 1 ? Duration.ZERO : Duration.ofMillis(Long.getLong(MIN_ROUND_PROPERTY, 0));
        } catch (RuntimeException e) {
            e.printStackTrace(System.out);
            String reason = "InternalError: cannot start the job: " + e.getMessage();
            directory.update(status -> status.isTerminal() ? status : status.fail(reason, clock.instant()));
            System.exit(1);
            return;
        }
        run.pacedAt(pacing);
        Runtime.getRuntime().addShutdownHook(new Thread(run::onSignal, "boostscope-job-signal"));
        System.exit(run.run());
    }
}
