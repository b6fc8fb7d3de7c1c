// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import dev.boostscope.core.BoostscopeException;
import dev.boostscope.jobs.JobDescription;
import dev.boostscope.jobs.TrainingJob;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code boostscope jobs wait NAME [--timeout SECONDS]}: follows a job to its end with a progress bar of rounds and the
 * latest metrics on stderr; the exit code says how it ended.
 *
 * <p>Not thread-safe.
 */
@Command(name = "wait", mixinStandardHelpOptions = true,
        description = "Wait for a job to end, showing its rounds and latest metrics on stderr.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:Completed", "1:Failed (the reason is printed)", "2:No such job, or a usage error",
            "3:Stopped by a rule's StopTraining action",
            "4:Stopped by a user, SIGTERM or MaxRuntimeInSeconds", "5:The --timeout passed first"})
final class JobsWaitCommand implements Callable<Integer> {
    private static final Duration POLL = Duration.ofMillis(500);

    @Parameters(index = "0", paramLabel = "NAME", description = "The job's name.")
    String name;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Give up after this many seconds.")
    @Nullable Long timeoutSeconds;

    @Mixin
    JobsHomeOption home;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (timeoutSeconds != null && timeoutSeconds < 0) {
            throw new IllegalArgumentException("--timeout must not be negative: " + timeoutSeconds);
        }
        TrainingJob job = home.open().job(name);
        JobsProgress progress = new JobsProgress(spec.commandLine().getErr(), System.console() != null);
        Instant deadline = timeoutSeconds == null ? Instant.MAX : Instant.now().plusSeconds(timeoutSeconds);
        JobDescription description = job.describe();
        progress.show(description);
        while (!description.status().isTerminal() && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(POLL.toNanos());
            description = job.describe();
            progress.show(description);
        }
        progress.finish();
        return outcome(description);
    }

    private int outcome(JobDescription description) {
        PrintWriter out = spec.commandLine().getOut();
        String state = description.secondaryStatus().wireName();
        switch (description.trainingJobStatus()) {
            case COMPLETED -> {
                out.printf(Locale.ROOT, "%s: Completed; model at %s%n", name, description.status().model()
                        .orElse("(none)"));
                out.flush();
                return 0;
            }
            case FAILED -> throw new BoostscopeException(String.format(Locale.ROOT, "training job %s failed: %s",
                    name, description.status().failure().orElse("no reason recorded")));
            case STOPPED -> {
                out.printf(Locale.ROOT, "%s: %s (%s)%n", name, state, description.status().stop()
                        .orElse("no reason recorded"));
                out.flush();
                return description.status().stoppingRule().isPresent() ? BoostscopeCommand.EXIT_RULE_FIRED
                        : JobsCommand.EXIT_STOPPED;
            }
            default -> {
                spec.commandLine().getErr().printf(Locale.ROOT,
                        "boostscope: error: training job %s is still %s/%s after %d s%n", name,
                        description.trainingJobStatus().wireName(), state, timeoutSeconds);
                spec.commandLine().getErr().flush();
                return JobsCommand.EXIT_TIMED_OUT;
            }
        }
    }
}
