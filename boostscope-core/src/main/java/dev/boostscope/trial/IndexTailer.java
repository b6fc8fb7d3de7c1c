// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.FormatException;
import dev.boostscope.core.NoSuchKeyException;
import dev.boostscope.core.format.CollectionsFile;
import dev.boostscope.core.format.IndexFile;
import dev.boostscope.core.format.TrialLayout;
import dev.boostscope.core.storage.Storage;
import dev.boostscope.core.storage.StorageKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Brings a {@link TrialIndex} up to date with storage, incrementally: lists index keys after the token (the last
 * complete step, see {@link TrialIndex#token()}), reads only the files not loaded yet, reads collections files until
 * every worker's is known, and checks the end marker. After the end marker it lists every index key once more and
 * re-reads the collections, then marks all steps loaded (so steps that land just before the marker are never lost,
 * smdebug issue #138).
 *
 * <p>Listing goes through an {@link IndexLister}, whose cost does not grow with the trial's length.
 *
 * <p>Thread-safe: refreshes are serialized.
 */
final class IndexTailer {
    private static final int STEPS_PER_FOLDER = 1000;

    /** Why a refresh runs. */
    enum Pass {
        /** The first, at open: full listing, end marker checked. */
        OPEN,
        /** A watch reported a change. */
        PUSH,
        /** The schedule's poll. */
        POLL,
        /** A caller asked ({@link Trial#refresh()} or a miss). */
        EXPLICIT
    }

    private final Storage storage;
    private final TrialIndex index;
    private final CollectionsState collections;
    private final TrialConfig config;
    private final Executor executor;
    private final int parallelism;
    private final IndexLister lister;
    private final @Nullable String firstKey;
    private final Set<String> badKeys = ConcurrentHashMap.newKeySet();
    private final Set<String> warnedCollections = ConcurrentHashMap.newKeySet();
    private final ReentrantLock lock = new ReentrantLock();
    private boolean endSeen;

    IndexTailer(Storage storage, TrialIndex index, CollectionsState collections, TrialConfig config,
            Executor executor, int parallelism) {
        this.storage = storage;
        this.index = index;
        this.collections = collections;
        this.config = config;
        this.executor = executor;
        this.parallelism = parallelism;
        this.lister = IndexLister.of(storage);
        this.firstKey = config.firstStep() == 0 ? null : String.format(Locale.ROOT, "index/%09d/%012d",
                config.firstStep() / STEPS_PER_FOLDER, config.firstStep());
    }

    /**
     * Looks for new index files, collections files and the end marker.
     *
     * @param pass why
     * @return whether anything new was found
     */
    boolean refresh(Pass pass) {
        lock.lock();
        try {
            if (index.loadedAll()) {
                return false;
            }
            if (pass == Pass.OPEN && storage.exists(TrialLayout.END_MARKER)) {
                // training ended before we looked: one listing sees every index file (they precede the marker)
                endSeen = true;
                finish();
                return true;
            }
            boolean grew = loadCollections(false);
            grew |= loadIndex(listAfterToken());
            grew |= confirm();
            grew |= index.complete();
            if (!endSeen && (!grew || pass != Pass.POLL) && storage.exists(TrialLayout.END_MARKER)) {
                endSeen = true;
                finish();
                return true;
            }
            return grew;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Reads index files a watch reported by key, without listing; lists only before completing over a visible gap.
     *
     * @param keys the keys of new index files
     * @return whether anything new was found
     */
    boolean refreshKeys(List<String> keys) {
        lock.lock();
        try {
            if (index.loadedAll()) {
                return false;
            }
            boolean grew = loadCollections(false);
            grew |= loadIndex(keys);
            // a watch reports every index file it saw created, in order (anything else is a change that lists), so
            // only a visible gap (a key it reported but could not read yet) asks for a listing here
            if (index.wouldCompleteOverGap()) {
                grew |= loadIndex(listAfterToken());
            }
            return index.complete() | grew;
        } finally {
            lock.unlock();
        }
    }

    /** Reads every collections file again, for files rewritten since (new tensor names). */
    void rereadCollections() {
        lock.lock();
        try {
            loadCollections(true);
        } finally {
            lock.unlock();
        }
    }

    boolean endSeen() {
        lock.lock();
        try {
            return endSeen;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Lists once more before completion moves. No listing here is a snapshot: a directory read (local folders, and S3
     * servers that keep objects in folders) or a weakly consistent map walk may miss a key written while it runs yet
     * return later ones, so both workers' step 1 can be seen and both workers' step 0 missed, leaving no gap to notice.
     * A second listing, begun after the first ended, returns every key that existed before the first ended, so every
     * key written before one already loaded (each worker writes its steps in order). Keys a watch reported skip
     * it: see {@link #refreshKeys}.
     */
    private boolean confirm() {
        return index.wouldAdvance() && loadIndex(listAfterToken());
    }

    private List<String> listAfterToken() {
        String token = index.token();
        return lister.list(token == null ? firstKey : token);
    }

    private void finish() {
        loadCollections(true);
        loadIndex(lister.list(firstKey));
        index.complete(); // as smdebug's last refresh: moves the token by the workers' rule, then all are loaded
        index.markLoadedAll();
    }

    private boolean loadIndex(List<String> keys) {
        List<Candidate> todo = new ArrayList<>();
        for (String key : keys) {
            Optional<TrialLayout.IndexKey> parsed = TrialLayout.parseIndexKey(key);
            if (parsed.isPresent() && config.inRange(parsed.get().step()) && !badKeys.contains(key)
                    && !index.hasPart((int) parsed.get().step(), parsed.get().worker())) {
                todo.add(new Candidate(key, (int) parsed.get().step(), parsed.get().worker()));
            }
        }
        if (todo.isEmpty()) {
            return false;
        }
        int names = index.tensorCount();
        List<TrialIndex.ParsedIndex> files = new ArrayList<>();
        for (TrialIndex.ParsedIndex file : ParallelReads.map(todo, this::readIndex, executor, parallelism)) {
            if (file != null) {
                files.add(file);
            }
        }
        boolean grew = index.addParts(files) > 0;
        if (index.tensorCount() > names) {
            collections.markStale();
        }
        return grew;
    }

    private TrialIndex.@Nullable ParsedIndex readIndex(Candidate candidate) {
        try {
            // the file's URI (a stat and a URI parse on local folders) is built only for a message
            IndexFile file = IndexFile.parse(storage.get(candidate.key),
                    () -> storage.uriOf(candidate.key).toString());
            StorageKeys.check(file.eventFileName());
            return new TrialIndex.ParsedIndex(candidate.step, candidate.worker, file);
        } catch (NoSuchKeyException e) {
            return null;
        } catch (FormatException | IllegalArgumentException e) {
            badKeys.add(candidate.key);
            log().log(System.Logger.Level.WARNING, "skipping unreadable index file "
                    + storage.uriOf(candidate.key) + ": " + e.getMessage());
            return null;
        }
    }

    private boolean loadCollections(boolean all) {
        if (!all && collections.allSeen()) {
            return false;
        }
        Set<String> known = collections.workers();
        boolean changed = false;
        for (String key : storage.list(TrialLayout.COLLECTIONS_PREFIX, null)) {
            Optional<String> worker = TrialLayout.parseCollectionsKey(key);
            if (worker.isPresent() && (all || !known.contains(worker.get()))) {
                changed |= readCollections(key, worker.get());
            }
        }
        if (changed) {
            index.setWorkers(collections.numWorkers(), collections.workers());
        }
        return changed;
    }

    private boolean readCollections(String key, String worker) {
        try {
            collections.put(worker, CollectionsFile.parse(storage.get(key), storage.uriOf(key).toString()));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (FormatException e) {
            if (warnedCollections.add(key)) {
                log().log(System.Logger.Level.WARNING, "skipping unreadable collections file " + storage.uriOf(key)
                        + " (will retry): " + e.getMessage());
            }
            return false;
        }
    }

    /** An index key to read. */
    private static final class Candidate {
        final String key;
        final int step;
        final String worker;

        Candidate(String key, int step, String worker) {
            this.key = Objects.requireNonNull(key);
            this.step = step;
            this.worker = worker;
        }
    }

    /** Returns the logger, looked up on first use: the lookup starts the logging backend, which reading need not. */
    private static System.Logger log() {
        return System.getLogger(IndexTailer.class.getName());
    }
}
