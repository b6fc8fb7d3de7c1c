// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs;

import dev.boostscope.core.BoostscopeException;
import dev.boostscope.core.StorageException;
import dev.boostscope.jobs.process.JobLauncher;
import dev.boostscope.jobs.process.LaunchOptions;
import dev.boostscope.jobs.spec.Channel;
import dev.boostscope.jobs.spec.DebugHookSpec;
import dev.boostscope.jobs.spec.Inputs;
import dev.boostscope.jobs.spec.InvalidJobSpecException;
import dev.boostscope.jobs.spec.JobSpec;
import dev.boostscope.jobs.spec.JobSpecValidator;
import dev.boostscope.jobs.spec.JobSpecs;
import dev.boostscope.jobs.state.JobDirectory;
import dev.boostscope.jobs.state.JobProcess;
import dev.boostscope.jobs.state.JobStatus;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The folder where training jobs live, one sub-folder per job, and the jobs API's entry point: create a job (which
 * starts its process and returns at once), find one by name, list them.
 *
 * <p>The home is {@code --home} when given, else {@value #HOME_ENV}, else {@code ~/.boostscope/jobs}.
 *
 * <p>Thread-safe; several processes may use one home at once.
 */
public final class JobsHome {
    /** The environment variable naming the jobs home. */
    public static final String HOME_ENV = "BOOSTSCOPE_HOME";

    private final Path path;
    private final LaunchOptions options;
    private final InstantSource clock;

    private JobsHome(Path path, LaunchOptions options, InstantSource clock) {
        this.path = path.toAbsolutePath().normalize();
        this.options = options;
        this.clock = clock;
    }

    /**
     * Returns the jobs home to use: the given folder, else the environment's {@value #HOME_ENV}, else
     * {@code ~/.boostscope/jobs}.
     *
     * @param flag the folder given on the command line, or null
     * @param environment the environment variables
     * @return the folder
     */
    public static Path resolve(@Nullable Path flag, Map<String, String> environment) {
        return resolve(flag, environment, Path.of(System.getProperty("user.home")));
    }

    /** As {@link #resolve(Path, Map)} with the user's home folder given rather than read from {@code user.home}. */
    static Path resolve(@Nullable Path flag, Map<String, String> environment, Path userHome) {
        if (flag != null) {
            return flag;
        }
        String env = environment.get(HOME_ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env.strip());
        }
        return userHome.resolve(".boostscope").resolve("jobs");
    }

    /**
     * Opens a jobs home whose job processes run with this JVM's class path. Nothing is created until a job is.
     *
     * @param path the folder
     * @return the home
     */
    public static JobsHome open(Path path) {
        return open(path, LaunchOptions.current());
    }

    /**
     * Opens a jobs home whose job processes start with the given options.
     *
     * @param path the folder
     * @param options how job processes start
     * @return the home
     */
    public static JobsHome open(Path path, LaunchOptions options) {
        return new JobsHome(path, Objects.requireNonNull(options, "options"), JobTimesSource.MILLIS);
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
     * Validates a spec, writes the job's folder and starts its process; returns as soon as the process exists.
     * Blocks on I/O (the inputs are checked, S3 ones listed).
     *
     * @param spec the spec; a base name gets a timestamp
     * @param source where the spec came from, for messages
     * @return the job
     * @throws InvalidJobSpecException if the spec cannot run, or its name is taken
     * @throws StorageException if the folder cannot be written or the process cannot start
     */
    public TrainingJob create(JobSpec spec, String source) {
        JobSpecValidator.validate(spec, source);
        JobDirectory directory = allocate(spec, source);
        JobSpec complete = complete(spec, directory);
        Instant now = clock.instant();
        directory.write(JobDirectory.SPEC, JobSpecs.bytes(complete), true);
        directory.write(JobDirectory.LOG, new byte[0], false);
        directory.createStatus(JobStatus.starting(complete.name(), now));
        JobProcess process;
        try {
            process = JobLauncher.launch(directory, options);
        } catch (BoostscopeException e) {
            directory.update(s -> s.fail("InternalError: " + e.getMessage(), clock.instant()));
            throw e;
        }
        directory.update(s -> s.process().pid() == 0 && !s.isTerminal() ? s.withProcess(process) : s);
        return new TrainingJob(directory, clock);
    }

    /**
     * Returns a job by name.
     *
     * @param name the job's name
     * @return the job
     * @throws JobNotFoundException if this home has no such job
     */
    public TrainingJob job(String name) {
        if (!JobSpecValidator.NAME.matcher(name).matches() || !Files.isRegularFile(
                path.resolve(name).resolve(JobDirectory.STATUS))) {
            throw new JobNotFoundException(String.format(Locale.ROOT, "no training job named '%s' in %s", name,
                    path));
        }
        return new TrainingJob(JobDirectory.of(path.resolve(name)), clock);
    }

    /**
     * Lists the jobs, newest first. Blocks on I/O; dead jobs are marked Failed on the way.
     *
     * @return the descriptions; empty if there are none
     */
    public List<JobDescription> list() {
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        List<JobDescription> jobs = new ArrayList<>();
        try (Stream<Path> folders = Files.list(path)) {
            for (Path folder : folders.sorted().toList()) {
                if (Files.isRegularFile(folder.resolve(JobDirectory.STATUS))) {
                    jobs.add(new TrainingJob(JobDirectory.of(folder), clock).describe());
                }
            }
        } catch (IOException e) {
            throw new StorageException(path.toUri(), "list", e);
        }
        jobs.sort(Comparator.comparing((JobDescription d) -> d.status().times().creationTime()).reversed());
        return jobs;
    }

    private JobDirectory allocate(JobSpec spec, String source) {
        try {
            Files.createDirectories(path);
            Instant time = clock.instant();
            while (true) {
                String name = spec.nameIsBase() ? JobNames.fromBase(spec.name(), time) : spec.name();
                try {
                    return JobDirectory.of(Files.createDirectory(path.resolve(name)));
                } catch (FileAlreadyExistsException e) {
                    if (!spec.nameIsBase()) {
                        throw new InvalidJobSpecException(source, List.of(String.format(Locale.ROOT,
                                "TrainingJobName: a job named '%s' already exists in %s", name, path)));
                    }
                    time = time.plus(Duration.ofMillis(1));
                }
            }
        } catch (IOException e) {
            throw new StorageException(path.toUri(), "create job folder", e);
        }
    }

    private JobSpec complete(JobSpec spec, JobDirectory directory) {
        List<Channel> channels = spec.channels().stream().map(c -> new Channel(c.channelName(),
                Inputs.absolute(c.s3Uri()), c.contentType(), c.distribution())).toList();
        String output = spec.output().map(Inputs::absolute).orElse(path.toString());
        DebugHookSpec hook = spec.debugHookConfig();
        if (hook.local().isPresent()) {
            hook = hook.withLocalPath(Inputs.absolute(hook.local().get()));
        } else if (hook.s3Output().isPresent()) {
            hook = new DebugHookSpec(null, Inputs.absolute(hook.s3Output().get()), hook.hookParameters(),
                    hook.collectionConfigurations());
        } else {
            hook = hook.withLocalPath(directory.file(DebugHookSpec.DEBUG_OUTPUT).toString());
        }
        return spec.withName(directory.name()).withChannels(channels).withOutputs(output, hook);
    }
}
