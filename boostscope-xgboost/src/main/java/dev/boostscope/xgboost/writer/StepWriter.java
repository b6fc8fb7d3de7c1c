// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.writer;

import dev.boostscope.core.format.CollectionsFile;
import dev.boostscope.core.format.TrialWriter;
import dev.boostscope.core.storage.Storage;
import dev.boostscope.xgboost.capture.StepSnapshot;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes step snapshots on a background thread: encodes them and calls {@link TrialWriter#writeStep} (event file,
 * then index, so a step is visible only once complete), and rewrites the collections file atomically before a step
 * that brings new names. The training thread only queues snapshots; a full queue makes it wait briefly, then the step
 * is dropped and counted. Failures are contained by {@link WriteAttempts}.
 *
 * <p>Thread-safe: {@link #submit} and {@link #finish} are called from the training thread, the writes run on the
 * writer's own thread. Not API.
 */
public final class StepWriter {
    private static final System.Logger LOGGER = System.getLogger("dev.boostscope.xgboost");
    private static final StepSnapshot END = new StepSnapshot(0, java.util.List.of());

    private final CountingStorage storage;
    private final TrialWriter trialWriter;
    private final WriterPolicy policy;
    private final WriteAttempts attempts;
    private final CollectionsTracker collections;
    private final BlockingQueue<StepSnapshot> queue;
    private final Thread thread;
    private final AtomicLong submitted = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong tensors = new AtomicLong();
    private final AtomicLong queueWaits = new AtomicLong();
    private final AtomicLong queueWaitNanos = new AtomicLong();
    private final AtomicBoolean dropWarned = new AtomicBoolean();
    private boolean collectionsDirty = true;

    private StepWriter(Storage storage, String worker, CollectionsFile template, WriterPolicy policy) {
        this.storage = new CountingStorage(storage);
        this.trialWriter = TrialWriter.open(this.storage, worker);
        this.policy = policy;
        this.attempts = new WriteAttempts(policy, storage.uri());
        this.collections = new CollectionsTracker(template);
        this.queue = new ArrayBlockingQueue<>(policy.queueCapacity());
        this.thread = new Thread(this::drain, "boostscope-writer-" + worker);
        this.thread.setDaemon(true);
    }

    /**
     * Starts a writer.
     *
     * @param storage where the trial goes; not closed by the writer
     * @param worker the worker name, such as {@code worker_0}
     * @param template the collections with their regexes and save configurations, tensor names empty
     * @param policy queueing, retries and failure handling
     * @return the running writer
     */
    public static StepWriter start(Storage storage, String worker, CollectionsFile template, WriterPolicy policy) {
        StepWriter writer = new StepWriter(storage, worker, template, policy);
        writer.thread.start();
        return writer;
    }

    /**
     * Queues a step; waits at most the policy's offer timeout when the queue is full, then drops it (counted, warned
     * once). Does nothing once the writer is disabled.
     *
     * @param snapshot the step
     */
    public void submit(StepSnapshot snapshot) {
        submitted.incrementAndGet();
        if (attempts.disabled()) {
            skipped.incrementAndGet();
            return;
        }
        if (queue.offer(snapshot)) {
            return;
        }
        queueWaits.incrementAndGet();
        long start = System.nanoTime();
        boolean queued = offer(snapshot, policy.offerTimeout());
        queueWaitNanos.addAndGet(System.nanoTime() - start);
        if (!queued) {
            dropped.incrementAndGet();
            if (dropWarned.compareAndSet(false, true)) {
                LOGGER.log(System.Logger.Level.WARNING, "boostscope hook: writer queue full for "
                        + policy.offerTimeout() + "; dropped step " + snapshot.step() + " (later drops are counted)");
            }
        }
    }

    /**
     * Returns whether the writer stopped writing (too many failures, or a failure in fail-fast mode), so capture can
     * stop too.
     *
     * @return true once disabled
     */
    public boolean disabled() {
        return attempts.disabled();
    }

    /**
     * Returns the failure kept in fail-fast mode.
     *
     * @return the first failure, or empty
     */
    public Optional<RuntimeException> fatalFailure() {
        return Optional.ofNullable(attempts.fatal());
    }

    /**
     * Writes what is queued, then the collections file if it changed, and stops the thread; blocks until done or
     * until the timeout passes (the thread is then interrupted).
     *
     * @param timeout the longest wait
     * @return true if everything queued was handled in time
     */
    public boolean finish(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean queued = offer(END, timeout);
        try {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
            return false;
        }
        return queued;
    }

    /**
     * Writes the end-of-job marker, with retries, on the calling thread; call after {@link #finish}.
     *
     * @return true if written
     */
    public boolean writeEndMarker() {
        return attempts.run("the end marker", trialWriter::writeEndMarker);
    }

    /**
     * Returns the counters now.
     *
     * @return a snapshot of the counters
     */
    public WriterCounters counters() {
        return new WriterCounters(submitted.get(), written.get(), dropped.get(), skipped.get(), tensors.get(),
                storage.bytes(), attempts.failures(), attempts.retries(), queueWaits.get(),
                Duration.ofNanos(queueWaitNanos.get()), attempts.disabled());
    }

    private boolean offer(StepSnapshot snapshot, Duration timeout) {
        try {
            return queue.offer(snapshot, timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void drain() {
        try {
            for (StepSnapshot next = queue.take(); next != END; next = queue.take()) {
                write(next);
            }
            if (collectionsDirty && !attempts.disabled()) {
                writeCollections();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write(StepSnapshot snapshot) {
        if (attempts.disabled()) {
            skipped.incrementAndGet();
            return;
        }
        collectionsDirty |= collections.add(snapshot);
        if (collectionsDirty) {
            writeCollections();
        }
        if (attempts.run("step " + snapshot.step(), () -> trialWriter.writeStep(snapshot.records()))) {
            written.incrementAndGet();
            tensors.addAndGet(snapshot.tensors().size());
        }
    }

    private void writeCollections() {
        collectionsDirty = !attempts.run("the collections file",
                () -> trialWriter.writeCollections(collections.current()));
    }
}
