// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.demo;

import dev.boostscope.jobs.TrainingJob;

/**
 * Stops the demo's job when the demo leaves before the job ends: on an error, an interrupt, or Ctrl-C (a shutdown
 * hook). The job runs in its own process and would otherwise go on training after the demo is gone.
 *
 * <p>Not thread-safe, except that the shutdown hook may run at any time.
 */
final class JobGuard implements AutoCloseable {
    private final TrainingJob job;
    private final Thread hook;
    private boolean followedToTheEnd;

    private JobGuard(TrainingJob job) {
        this.job = job;
        this.hook = new Thread(() -> stop(job), "boostscope-demo-stop-job");
    }

    /** Starts guarding a job. */
    static JobGuard watch(TrainingJob job) {
        JobGuard guard = new JobGuard(job);
        Runtime.getRuntime().addShutdownHook(guard.hook);
        return guard;
    }

    /** Records that the demo followed the job to its end: closing then leaves the job alone. */
    void ended() {
        followedToTheEnd = true;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ignored) {
            // the JVM is shutting down: the hook itself stops the job
        }
        if (!followedToTheEnd) {
            stop(job);
        }
    }

    private static void stop(TrainingJob job) {
        try {
            job.stop();
        } catch (RuntimeException ignored) {
            // best effort on the way out: the job may be gone already, and the demo's own error is what matters
        }
    }
}
