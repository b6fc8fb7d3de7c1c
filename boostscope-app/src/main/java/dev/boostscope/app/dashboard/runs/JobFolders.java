// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.runs;

import dev.boostscope.core.BoostscopeException;
import dev.boostscope.core.StorageException;
import dev.boostscope.core.storage.Storages;
import dev.boostscope.jobs.JobDescription;
import dev.boostscope.jobs.JobsHome;
import dev.boostscope.jobs.state.JobDirectory;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lists the jobs of a jobs home as runs, newest first, each with the trial its spec names. A job whose files cannot be
 * read is left out (and logged) rather than hiding the others.
 *
 * <p>Thread-safe.
 */
final class JobFolders {
    private static final System.Logger LOG = System.getLogger(JobFolders.class.getName());

    private final Path home;
    private final JobsHome jobs;

    JobFolders(Path home) {
        this.home = home;
        this.jobs = JobsHome.open(home);
    }

    List<RunListing> list(Set<String> taken) {
        List<JobDescription> described = new ArrayList<>();
        for (Path folder : folders()) {
            try {
                described.add(jobs.job(folder.getFileName().toString()).describe());
            } catch (BoostscopeException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "job folder " + folder + " left out of the dashboard: " + e.getMessage());
            }
        }
        described.sort(Comparator.comparing((JobDescription d) -> d.status().times().creationTime()).reversed());
        Set<String> used = new HashSet<>(taken);
        List<RunListing> runs = new ArrayList<>();
        for (JobDescription job : described) {
            String id = RunIds.forPath(job.name(), used);
            used.add(id);
            RunRef ref = new RunRef(id, RunKind.JOB, job.name(), trialUri(job), job.directory());
            runs.add(new RunListing(ref, job.trainingJobStatus().wireName(), job.secondaryStatus().wireName()));
        }
        return runs;
    }

    /** Returns the trial a job writes, with a trailing slash as the trial finder gives folders. */
    static URI trialUri(JobDescription job) {
        String uri = Storages.parseLocation(job.debuggerArtifactsPath()).toString();
        return URI.create(uri.endsWith("/") ? uri : uri + "/");
    }

    private List<Path> folders() {
        if (!Files.isDirectory(home)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(home)) {
            return children.filter(f -> Files.isRegularFile(f.resolve(JobDirectory.STATUS))).sorted().toList();
        } catch (IOException e) {
            throw new StorageException(home.toUri(), "list jobs", e);
        }
    }
}
