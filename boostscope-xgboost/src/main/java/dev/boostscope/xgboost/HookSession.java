// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import dev.boostscope.core.BoostscopeException;
import dev.boostscope.core.StorageException;
import dev.boostscope.core.format.TrialLayout;
import dev.boostscope.core.storage.Storage;
import dev.boostscope.core.storage.Storages;
import dev.boostscope.xgboost.capture.CaptureSettings;
import dev.boostscope.xgboost.capture.CollectionPlan;
import dev.boostscope.xgboost.capture.ShapSettings;
import dev.boostscope.xgboost.capture.StepCapture;
import dev.boostscope.xgboost.capture.StepSnapshot;
import dev.boostscope.xgboost.writer.StepWriter;
import dev.boostscope.xgboost.writer.WriterCounters;
import dev.boostscope.xgboost.writer.WriterPolicy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.jspecify.annotations.Nullable;

/**
 * One training run's hook: captures due steps on the training thread, hands them to the background writer, and at
 * close flushes, waits for the other workers where needed, and writes the end marker. It never takes training down:
 * a capture or storage failure is logged once with its cause and counted, and after the configured number of
 * failures the session stops capturing; in fail-fast mode the failure is thrown instead.
 *
 * <p>Not thread-safe: used on the training thread.
 */
final class HookSession {
    private static final System.Logger LOGGER = System.getLogger("dev.boostscope.xgboost");
    /** How long close waits for the writer to drain. */
    static final Duration FLUSH_TIMEOUT = Duration.ofMinutes(2);

    private final @Nullable HookConfig config;
    private final WorkerPlan plan;
    private final Collective collective;
    private final @Nullable Storage storage;
    private final @Nullable StepCapture capture;
    private final @Nullable StepWriter writer;
    private long captured;
    private long captureFailures;
    private long captureNanos;
    private boolean closed;
    private boolean captureDisabled;

    private HookSession(@Nullable HookConfig config, WorkerPlan plan, Collective collective,
            @Nullable Storage storage, @Nullable StepCapture capture, @Nullable StepWriter writer) {
        this.config = config;
        this.plan = plan;
        this.collective = collective;
        this.storage = storage;
        this.capture = capture;
        this.writer = writer;
    }

    /** Returns a session that captures nothing: training without a hook. */
    static HookSession none() {
        return new HookSession(null, new WorkerPlan(false, "worker_0", 1, false, false), Collective.SINGLE, null,
                null, null);
    }

    static HookSession open(HookConfig config, TrainingInputs inputs, Collective collective) {
        WorkerPlan plan = WorkerPlan.of(config.includeWorkers(), collective.rank(), collective.worldSize());
        if (!plan.writes()) {
            return new HookSession(config, plan, collective, null, null, null);
        }
        Storage storage = openStorage(config);
        if (storage == null || !isFresh(config, storage, plan.worker())) {
            HookSession unavailable = new HookSession(config, plan, collective, null, null, null);
            unavailable.captureDisabled = true;
            return unavailable;
        }
        try {
            List<CollectionPlan> plans = CollectionPlans.of(config);
            StepCapture capture = StepCapture.open(settings(config, plans, inputs), inputs.train(), inputs.watches());
            StepWriter writer = StepWriter.start(storage, plan.worker(),
                    CollectionPlans.template(plans, plan.numWorkers()), policy(config));
            return new HookSession(config, plan, collective, storage, capture, writer);
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
    }

    /** Captures a round if due; contains failures unless in fail-fast mode. */
    void afterRound(int round, Booster booster, Map<String, Double> metrics) {
        if (capture == null || writer == null || captureDisabled || writer.disabled()) {
            rethrowFatal();
            return;
        }
        long start = System.nanoTime();
        try {
            Optional<StepSnapshot> snapshot = capture.capture(round, booster, metrics);
            captureNanos += System.nanoTime() - start;
            snapshot.ifPresent(s -> {
                captured++;
                writer.submit(s);
            });
        } catch (XGBoostError | RuntimeException e) {
            captureNanos += System.nanoTime() - start;
            captureFailed(round, e);
        }
        rethrowFatal();
    }

    HookStatistics statistics() {
        if (writer == null) {
            return new HookStatistics(captured, 0, 0, 0, 0, 0, captureFailures, 0, 0, Duration.ZERO,
                    Duration.ofNanos(captureNanos), captureDisabled);
        }
        WriterCounters counters = writer.counters();
        return new HookStatistics(captured, counters.stepsWritten(), counters.stepsDropped(),
                counters.stepsSkipped(), counters.tensorsWritten(), counters.bytesWritten(),
                counters.failures() + captureFailures, counters.retries(), counters.queueWaits(),
                counters.queueWaitTime(), Duration.ofNanos(captureNanos), captureDisabled || counters.disabled());
    }

    /**
     * Flushes what was captured, waits for the other workers if they write too, and writes the end marker.
     *
     * @param completed whether training ended normally (the barrier needs every worker; after a failure it is
     *     skipped)
     */
    void close(boolean completed) {
        if (closed) {
            return;
        }
        closed = true;
        try {
            flush();
            if (completed && plan.barrierBeforeEnd()) {
                collective.barrier();
            }
            if (writer != null && plan.writesEndMarker()) {
                writer.writeEndMarker();
            }
        } finally {
            release();
        }
        if (completed) {
            rethrowFatal();
        }
    }

    private void flush() {
        if (writer != null && config != null && !writer.finish(FLUSH_TIMEOUT)) {
            LOGGER.log(System.Logger.Level.WARNING, String.format(Locale.ROOT,
                    "boostscope hook: writer did not finish within %s; steps still queued for %s are lost",
                    FLUSH_TIMEOUT, config.outputUri()));
        }
    }

    private void release() {
        if (capture != null) {
            capture.close();
        }
        if (storage != null) {
            storage.close();
        }
    }

    private void captureFailed(int round, Exception e) {
        HookConfig config = java.util.Objects.requireNonNull(this.config, "config");
        captureFailures++;
        if (config.failFast()) {
            throw new BoostscopeException(String.format(Locale.ROOT,
                    "boostscope hook: capturing step %d failed (fail-fast mode): %s", round, e.getMessage()), e);
        }
        if (captureFailures == 1) {
            LOGGER.log(System.Logger.Level.WARNING, String.format(Locale.ROOT,
                    "boostscope hook: capturing step %d failed; training goes on (further failures are counted, "
                    + "not logged)", round), e);
        }
        if (captureFailures >= config.maxFailures()) {
            captureDisabled = true;
        }
    }

    private void rethrowFatal() {
        Optional<RuntimeException> fatal = writer == null ? Optional.empty() : writer.fatalFailure();
        if (fatal.isPresent() && config != null) {
            throw new BoostscopeException("boostscope hook: writing to " + config.outputUri()
                    + " failed (fail-fast mode): " + fatal.get().getMessage(), fatal.get());
        }
    }

    private static @Nullable Storage openStorage(HookConfig config) {
        try {
            return Storages.open(config.outputUri());
        } catch (RuntimeException e) {
            if (config.failFast()) {
                throw e;
            }
            LOGGER.log(System.Logger.Level.WARNING, "boostscope hook: cannot open " + config.outputUri()
                    + "; training goes on without capture", e);
            return null;
        }
    }

    /**
     * Returns whether the storage is usable and holds no trial of this worker; a storage failure is contained (the
     * hook becomes a no-op) unless in fail-fast mode.
     *
     * @throws IllegalArgumentException if the location already holds a trial
     */
    private static boolean isFresh(HookConfig config, Storage storage, String worker) {
        try {
            checkFresh(storage, worker);
            return true;
        } catch (StorageException e) {
            storage.close();
            if (config.failFast()) {
                throw e;
            }
            LOGGER.log(System.Logger.Level.WARNING, "boostscope hook: cannot read " + config.outputUri()
                    + "; training goes on without capture", e);
            return false;
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
    }

    private static void checkFresh(Storage storage, String worker) {
        boolean ended = storage.exists(TrialLayout.END_MARKER);
        boolean written = storage.list(TrialLayout.INDEX_PREFIX, null).stream()
                .flatMap(key -> TrialLayout.parseIndexKey(key).stream())
                .anyMatch(key -> key.worker().equals(worker));
        if (ended || written) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "output %s already holds a trial (%s); write each run to a new location", storage.uri(),
                    ended ? "training_job_end.ts exists" : "index files of " + worker + " exist"));
        }
    }

    private static CaptureSettings settings(HookConfig config, List<CollectionPlan> plans, TrainingInputs inputs) {
        Map<String, Object> hyperparameters = new LinkedHashMap<>(inputs.params());
        hyperparameters.putIfAbsent("num_round", inputs.rounds());
        return new CaptureSettings(plans, new ShapSettings(config.shapSampleRows(), config.shapSeed(),
                config.shapFullData()), hyperparameters, config.clock());
    }

    private static WriterPolicy policy(HookConfig config) {
        return new WriterPolicy(config.queueCapacity(), WriterPolicy.DEFAULT_OFFER_TIMEOUT,
                WriterPolicy.DEFAULT_ATTEMPTS, config.retryBackoff(), config.maxFailures(), config.failFast());
    }
}
