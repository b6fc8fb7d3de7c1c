// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.runs;

import dev.boostscope.core.storage.Storage;
import dev.boostscope.core.storage.Storages;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The runs a dashboard serves: the jobs of its jobs home, then the trials found under its trial roots that no job
 * owns. A run keeps its id for as long as the catalog lives. Lists are refreshed at most once per
 * {@link #REFRESH_INTERVAL}, and when an unknown id is asked for. Only the configured roots and the jobs home (and the
 * trial each job's spec names) are ever looked at: an id is looked up, never turned into a path.
 *
 * <p>Thread-safe. Not API: public for the dashboard's packages.
 */
public final class RunCatalog implements AutoCloseable {
    /** The shortest time between two scans for the runs list. */
    public static final Duration REFRESH_INTERVAL = Duration.ofSeconds(1);

    private final List<URI> trialRoots;
    private final @Nullable JobFolders jobs;
    private final InstantSource clock;
    private final Map<URI, Storage> storages = new HashMap<>();
    private final Map<URI, String> idsByTrial = new HashMap<>();
    private Map<String, RunListing> runs = Map.of();
    private @Nullable Instant lastScan;

    /**
     * Creates a catalog; nothing is read until asked.
     *
     * @param trialRoots the roots trials are looked for under
     * @param jobsHome the jobs home, or null
     * @param clock the clock the refresh interval is measured with
     */
    public RunCatalog(List<URI> trialRoots, @Nullable Path jobsHome, InstantSource clock) {
        this.trialRoots = List.copyOf(trialRoots);
        this.jobs = jobsHome == null ? null : new JobFolders(jobsHome);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Returns the runs: jobs newest first, then trials by root and path. Scans if the last scan is older than
     * {@link #REFRESH_INTERVAL}. Blocks on I/O.
     *
     * @return the runs; empty if none
     * @throws dev.boostscope.core.StorageException if a root cannot be listed
     */
    public synchronized List<RunListing> list() {
        Instant now = clock.instant();
        if (lastScan == null || !now.isBefore(lastScan.plus(REFRESH_INTERVAL))) {
            scan(now);
        }
        return List.copyOf(runs.values());
    }

    /**
     * Returns a run by id, scanning again once if the id is unknown. Blocks on I/O.
     *
     * @param id a run id
     * @return the run, or empty if there is none with that id
     */
    public synchronized Optional<RunListing> find(String id) {
        Objects.requireNonNull(id, "id");
        if (!runs.containsKey(id)) {
            scan(clock.instant());
        }
        return Optional.ofNullable(runs.get(id));
    }

    @Override
    public synchronized void close() {
        storages.values().forEach(Storage::close);
        storages.clear();
    }

    private void scan(Instant now) {
        Map<String, RunListing> next = new LinkedHashMap<>();
        Set<URI> owned = new HashSet<>();
        if (jobs != null) {
            for (RunListing job : jobs.list(next.keySet())) {
                next.put(job.run().id(), job);
                owned.add(job.run().trialUri());
            }
        }
        for (URI root : trialRoots) {
            for (TrialFinder.Found trial : find(root)) {
                if (!owned.contains(trial.uri())) {
                    String id = idFor(trial, root, next.keySet());
                    RunRef ref = new RunRef(id, RunKind.TRIAL, name(trial, root), trial.uri(), null);
                    next.put(id, new RunListing(ref, trial.ended() ? "Completed" : "InProgress", null));
                }
            }
        }
        idsByTrial.values().retainAll(next.keySet());
        runs = next;
        lastScan = now;
    }

    private List<TrialFinder.Found> find(URI root) {
        if ("file".equals(root.getScheme())) {
            return TrialFinder.inFolder(Path.of(root));
        }
        return TrialFinder.inStorage(storages.computeIfAbsent(root, Storages::open));
    }

    private String idFor(TrialFinder.Found trial, URI root, Set<String> taken) {
        String known = idsByTrial.get(trial.uri());
        if (known != null && !taken.contains(known)) {
            return known;
        }
        Set<String> reserved = new HashSet<>(taken);
        reserved.addAll(idsByTrial.values());
        String id = RunIds.forPath(name(trial, root), reserved);
        idsByTrial.put(trial.uri(), id);
        return id;
    }

    private static String name(TrialFinder.Found trial, URI root) {
        if (!trial.path().isEmpty()) {
            return trial.path();
        }
        String path = root.getPath() == null ? "" : root.getPath();
        List<String> segments = new ArrayList<>(List.of(path.split("/")));
        segments.removeIf(String::isEmpty);
        return segments.isEmpty() ? Objects.requireNonNullElse(root.getHost(), "trial")
                : segments.get(segments.size() - 1);
    }
}
