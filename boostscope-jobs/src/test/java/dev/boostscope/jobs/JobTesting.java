// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.core.format.TrialLayout;
import dev.boostscope.core.storage.Storage;
import dev.boostscope.core.storage.Storages;
import dev.boostscope.jobs.process.JobMain;
import dev.boostscope.jobs.process.LaunchOptions;
import dev.boostscope.jobs.state.JobDirectory;
import dev.boostscope.trial.Tensor;
import dev.boostscope.trial.Trial;
import dev.boostscope.trial.Trials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Helpers for tests that run real job processes: a jobs home with paced rounds, reading a trial's steps, and killing
 * whatever job processes a test left.
 *
 * <p>Thread-safe.
 */
public final class JobTesting {
    private JobTesting() {
    }

    /**
     * Opens a jobs home whose job processes run with the test JVM's class path and rounds paced to a minimum length.
     *
     * @param path the home
     * @param minRound the minimum length of a round
     * @param environment extra environment variables for the job processes
     * @return the home
     */
    public static JobsHome home(Path path, Duration minRound, Map<String, String> environment) {
        LaunchOptions options = LaunchOptions.current()
                .withJvmOptions(List.of("-D" + JobMain.MIN_ROUND_PROPERTY + "=" + minRound.toMillis(), "-Xmx256m"))
                .withEnvironment(environment);
        return JobsHome.open(path, options);
    }

    /**
     * Returns a job spec's JSON bytes.
     *
     * @param json the JSON text
     * @return its UTF-8 bytes
     */
    public static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Opens a trial with the trial reader and reads every tensor's value at every complete step, so that a step the
     * reader shows but cannot read fails the test.
     *
     * @param location the trial's location
     * @return the complete steps, ascending
     */
    public static List<Integer> readAllSteps(String location) {
        try (Trial trial = Trials.newBuilder(location).allowEmpty(true).open()) {
            List<Integer> steps = trial.steps();
            for (String name : trial.tensorNames()) {
                Tensor tensor = trial.tensor(name);
                // the trial is live: steps may complete between the two reads, never disappear
                List<Integer> before = tensor.steps();
                Set<Integer> read = tensor.values().keySet();
                assertThat(read).as("steps of %s in %s", name, location)
                        .containsAll(before).isSubsetOf(tensor.steps());
            }
            return steps;
        }
    }

    /**
     * Returns whether a trial has its end marker.
     *
     * @param trial the trial's location
     * @return true once training ended and the hook closed
     */
    public static boolean hasEndMarker(String trial) {
        try (Storage storage = Storages.open(Storages.parseLocation(trial))) {
            return storage.exists(TrialLayout.END_MARKER);
        }
    }

    /**
     * Kills every job process of a home still running, with its children, and waits for them to go.
     *
     * @param home the home
     * @throws IOException if the home cannot be listed
     */
    public static void destroyAll(Path home) throws IOException {
        if (!Files.isDirectory(home)) {
            return;
        }
        try (Stream<Path> folders = Files.list(home)) {
            for (Path folder : folders.toList()) {
                if (Files.isRegularFile(folder.resolve(JobDirectory.STATUS))) {
                    JobDirectory.of(folder).readStatus().process().live().ifPresent(JobTesting::destroy);
                }
            }
        }
    }

    private static void destroy(ProcessHandle handle) {
        handle.descendants().forEach(ProcessHandle::destroyForcibly);
        handle.destroyForcibly();
        handle.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
    }
}
