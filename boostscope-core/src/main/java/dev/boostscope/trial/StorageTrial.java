// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.Mode;
import dev.boostscope.core.TrialNotFoundException;
import dev.boostscope.core.storage.LocalStorage;
import dev.boostscope.core.storage.Storage;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Trial} read from a {@link Storage}: an in-memory {@link TrialIndex} kept current by an {@link IndexTailer}
 * (driven by a {@link Refresher} thread), values fetched on demand by a {@link ValueReader}, and subscriptions served
 * by a {@link SubscriptionHub}.
 *
 * <p>Thread-safe.
 */
final class StorageTrial implements Trial {
    private final Storage storage;
    private final boolean ownsStorage;
    private final URI uri;
    private final String name;
    private final TrialIndex index;
    private final CollectionsState collections = new CollectionsState();
    private final IndexTailer tailer;
    private final ValueReader reader;
    private final Refresher refresher;
    private final SubscriptionHub hub;
    private volatile boolean closed;

    private StorageTrial(Storage storage, boolean ownsStorage, TrialConfig config) {
        this.storage = storage;
        this.ownsStorage = ownsStorage;
        this.uri = storage.uri();
        this.name = config.name() != null ? config.name() : lastSegment(uri);
        this.index = new TrialIndex(uri.toString(), config.incompleteStepWindow());
        int parallelism = storage.canWatch() ? Math.max(2, Runtime.getRuntime().availableProcessors()) : 16;
        java.util.concurrent.Executor executor = config.executor() != null ? config.executor()
                : ParallelReads.shared();
        this.tailer = new IndexTailer(storage, index, collections, config, executor, parallelism);
        this.reader = new ValueReader(storage, new ByteCache(config.cacheBytes()), executor, parallelism,
                index::loadedAll);
        this.refresher = new Refresher(storage, index, tailer,
                PollSchedule.forStorage(storage.canWatch(), config.pollInterval(), config.clock()), name);
        this.hub = new SubscriptionHub(this, index);
    }

    /**
     * Opens a trial: reads the index there, then starts following it unless training has ended.
     *
     * @param storage the storage rooted at the trial
     * @param ownsStorage whether closing the trial closes the storage
     * @param config the options
     * @return the trial
     * @throws TrialNotFoundException if nothing is there and empty locations are not allowed
     */
    static StorageTrial open(Storage storage, boolean ownsStorage, TrialConfig config) {
        StorageTrial trial = new StorageTrial(storage, ownsStorage, config);
        trial.tailer.refresh(IndexTailer.Pass.OPEN);
        if (!config.allowEmpty() && trial.isEmpty()) {
            throw notFound(storage);
        }
        if (!trial.index.loadedAll()) {
            trial.refresher.start();
        }
        return trial;
    }

    @Override
    public URI uri() {
        return uri;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Integer> steps() {
        return IntListView.wrap(index.completeSteps());
    }

    @Override
    public List<Integer> steps(Mode mode) {
        return IntListView.wrap(index.completeSteps(Objects.requireNonNull(mode, "mode")));
    }

    @Override
    public List<String> tensorNames() {
        return index.tensorNames().stream().sorted().toList();
    }

    @Override
    public List<String> tensorNamesInCollection(String collection) {
        refreshStaleCollections();
        return collections.members(Objects.requireNonNull(collection, "collection"), tensorNames());
    }

    @Override
    public List<String> tensorNamesMatching(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return tensorNames().stream().filter(n -> pattern.matcher(n).find()).toList();
    }

    @Override
    public Map<String, TensorCollection> collections() {
        refreshStaleCollections();
        return collections.collections();
    }

    @Override
    public List<String> workers() {
        return index.workers();
    }

    @Override
    public Tensor tensor(String name) {
        int id = tensorId(Objects.requireNonNull(name, "name"));
        if (id < 0) {
            throw TrialMessages.unknownTensor(uri.toString(), name, index.tensorCount());
        }
        return new StorageTensor(this, id, name);
    }

    @Override
    public boolean hasTensor(String name) {
        return tensorId(Objects.requireNonNull(name, "name")) >= 0;
    }

    @Override
    public boolean loadedAllSteps() {
        return index.loadedAll();
    }

    @Override
    public OptionalInt lastCompleteStep() {
        return index.lastComplete();
    }

    @Override
    public StepState hasPassedStep(int step) {
        return index.state(step, Mode.GLOBAL);
    }

    @Override
    public StepState hasPassedStep(int step, Mode mode) {
        return index.state(step, Objects.requireNonNull(mode, "mode"));
    }

    @Override
    public void waitForSteps(Collection<Integer> steps, Mode mode, Duration timeout) {
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(mode, "mode");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative: " + timeout);
        }
        long deadline = System.nanoTime() + saturatedNanos(timeout);
        for (Integer step : steps) {
            waitForStep(Objects.requireNonNull(step, "steps[]"), mode, deadline, timeout);
        }
    }

    @Override
    public void refresh() {
        ensureOpen();
        tailer.refresh(IndexTailer.Pass.EXPLICIT);
    }

    @Override
    public Subscription onStep(StepListener listener) {
        ensureOpen();
        return hub.subscribe(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        refresher.close();
        index.close();
        if (ownsStorage) {
            storage.close();
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Trial[%s, %d complete steps, %s]", uri, index.completeSteps().length,
                index.loadedAll() ? "all loaded" : "live");
    }

    TrialIndex index() {
        return index;
    }

    ValueReader reader() {
        ensureOpen();
        return reader;
    }

    /** Returns every known step, complete or not (smdebug's {@code show_incomplete_steps=True}); for tests. */
    List<Integer> allSteps() {
        return IntListView.wrap(index.allSteps());
    }

    /** Returns the listing token (smdebug's {@code last_index_token}); for tests. */
    @Nullable String indexToken() {
        return index.token();
    }

    void checkWorker(@Nullable String worker) {
        if (worker != null && !index.workers().contains(worker)) {
            throw TrialMessages.unknownWorker(uri.toString(), worker, index.workers());
        }
    }

    /**
     * Refreshes after a miss, as smdebug does, unless nothing more can come.
     *
     * @return whether a refresh ran
     */
    boolean refreshOnMiss() {
        if (closed || index.loadedAll()) {
            return false;
        }
        tailer.refresh(IndexTailer.Pass.EXPLICIT);
        return true;
    }

    private int tensorId(String name) {
        int id = index.tensorId(name);
        if (id < 0 && refreshOnMiss()) {
            id = index.tensorId(name);
        }
        return id;
    }

    private void waitForStep(int step, Mode mode, long deadline, Duration timeout) {
        while (true) {
            long seen = index.version();
            StepState state = index.state(step, mode);
            if (state == StepState.AVAILABLE) {
                return;
            }
            if (state == StepState.UNAVAILABLE) {
                throw index.stepException(null, step, mode);
            }
            ensureOpen();
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw TrialMessages.notYetAfter(uri.toString(), step, mode, timeout,
                        index.lastComplete().orElse(-1), null);
            }
            try {
                index.awaitChange(seen, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw TrialMessages.notYetAfter(uri.toString(), step, mode, timeout,
                        index.lastComplete().orElse(-1), e);
            }
        }
    }

    private void refreshStaleCollections() {
        if (!closed && collections.takeStale()) {
            tailer.rereadCollections();
        }
    }

    private boolean isEmpty() {
        return index.maxKnownStep() < 0 && collections.workers().isEmpty() && !tailer.endSeen();
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("trial " + uri + " is closed");
        }
    }

    private static TrialNotFoundException notFound(Storage storage) {
        if (storage instanceof LocalStorage && !Files.isDirectory(((LocalStorage) storage).root())) {
            String reason = "the folder does not exist";
            return new TrialNotFoundException("no trial at " + storage.uri() + ": " + reason, storage.uri(), reason);
        }
        String reason = "no index files, collections files or end marker there";
        return new TrialNotFoundException("no trial at " + storage.uri() + ": " + reason
                + " (to follow a job that has not started, open with allowEmpty)", storage.uri(), reason);
    }

    private static long saturatedNanos(Duration timeout) {
        try {
            return timeout.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE / 2;
        }
    }

    private static String lastSegment(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() ? String.valueOf(uri.getHost()) : last;
    }
}
