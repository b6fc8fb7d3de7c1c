// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import dev.boostscope.core.StorageException;
import dev.boostscope.jobs.state.JobDirectory;
import dev.boostscope.jobs.state.JobProcess;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Starts a job as its own OS process, {@code java -cp <class path> JobMain <job folder>}, detached from the caller:
 * in a new session where {@code setsid} exists (so closing the caller's terminal does not hang it up), its input from
 * {@code /dev/null} and its output appended to {@code job.log}. The call returns as soon as the process exists.
 *
 * <p>Thread-safe.
 */
public final class JobLauncher {
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private JobLauncher() {
    }

    /**
     * Starts the job process of a prepared job folder (spec and status written).
     *
     * @param directory the job folder
     * @param options the class path, JVM options and environment
     * @return the started process
     * @throws StorageException if the process cannot be started
     */
    public static JobProcess launch(JobDirectory directory, LaunchOptions options) {
        ProcessBuilder builder = new ProcessBuilder(command(directory, options))
                .directory(directory.path().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.file(JobDirectory.LOG).toFile()));
        builder.environment().putAll(options.environment());
        try {
            return JobProcess.of(builder.start().toHandle());
        } catch (IOException e) {
            throw new StorageException(directory.path().toUri(), "start job process", e);
        }
    }

    static List<String> command(JobDirectory directory, LaunchOptions options) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.jvmOptions());
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(absolute(options.classPath()));
        command.add(JobMain.class.getName());
        command.add(directory.path().toString());
        return command;
    }

    private static String absolute(String classPath) {
        return Stream.of(classPath.split(File.pathSeparator)).filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
