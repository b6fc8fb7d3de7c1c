// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import dev.boostscope.jobs.process.WorkerMain;
import dev.boostscope.jobs.spec.Inputs;
import dev.boostscope.jobs.spec.JobSpec;
import dev.boostscope.jobs.spec.JobSpecs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code boostscope jobs worker --spec FILE --tracker HOST:PORT --rank R}: runs one worker of a multi-worker job in
 * this process, on another machine than the job's: it joins the job's tracker, trains its share of the data with the
 * others and writes the trial as {@code worker_<R>}. Blocks until training ends.
 *
 * <p>Not thread-safe.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Run one worker of a multi-worker job here, joining the job's tracker on another machine.",
            "Start the job on its machine with BOOSTSCOPE_LOCAL_WORKERS below its InstanceCount and "
                + "BOOSTSCOPE_TRACKER_HOST set to an address this machine reaches; its log names the command for "
                + "each missing rank. Runs until training ends; exits 0 when it trained (or stopped with the "
                + "others), 1 when it failed."})
final class JobsWorkerCommand implements Callable<Integer> {
    @Option(names = "--spec", required = true, paramLabel = "FILE",
            description = "The job's spec: its spec.json from the job folder (TrainingJobName, InstanceCount and the "
                + "trial location must be the job's).")
    Path specFile;

    @Option(names = "--tracker", required = true, paramLabel = "HOST:PORT",
            description = "The job's tracker, as its log prints it.")
    String tracker;

    @Option(names = "--rank", required = true, paramLabel = "R", description = "This worker's rank: 1 to "
            + "InstanceCount - 1 (the job's machine runs rank 0).")
    int rank;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where this worker keeps its input, log files and model "
            + "(default: <jobs home>/<job name>-worker-<rank>).")
    @Nullable Path dir;

    @Mixin
    JobsHomeOption home;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        JobSpec job = JobSpecs.parse(readSpec(specFile), specFile.toString());
        check(job);
        String trial = job.debugHookConfig().artifactsPath(job.name()).orElseThrow(() -> new IllegalArgumentException(
                "--spec: no trial location in " + specFile + ": expected DebugHookConfig.S3OutputPath"));
        if (!Inputs.isRemote(trial)) {
            spec.commandLine().getErr().println("boostscope: warning: the trial is the local folder " + trial
                    + ": every machine must see that same folder (a shared file system), else use "
                    + "DebugHookConfig.S3OutputPath");
        }
        Path folder = dir != null ? dir : home.open().path().resolve(job.name() + "-worker-" + rank);
        Files.createDirectories(folder);
        Files.write(folder.resolve("spec.json"), JobSpecs.bytes(job));
        return WorkerMain.run(new String[] {folder.toAbsolutePath().toString(), Integer.toString(rank),
            Integer.toString(job.instanceCount()), tracker});
    }

    private void check(JobSpec job) {
        if (job.nameIsBase()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--spec: " + specFile + " has no "
                    + "TrainingJobName: expected the job's spec.json, so that every worker writes the same trial");
        }
        if (rank < 1 || rank >= job.instanceCount()) {
            throw new CommandLine.ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "--rank must be within 1..%d (InstanceCount %d; rank 0 runs on the job's machine): %d",
                    job.instanceCount() - 1, job.instanceCount(), rank));
        }
    }

    /** Reads a {@code --spec} file, or says in a usage error that it is missing, unreadable or a folder. */
    static byte[] readSpec(Path file) throws IOException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("--spec must be a readable job spec file: '" + file + "'");
        }
        return Files.readAllBytes(file);
    }
}
