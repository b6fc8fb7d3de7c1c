// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.testkit;

import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import dev.boostscope.core.TensorUnavailableException;
import dev.boostscope.trial.StepListener;
import dev.boostscope.trial.StepState;
import dev.boostscope.trial.Subscription;
import dev.boostscope.trial.Tensor;
import dev.boostscope.trial.TensorCollection;
import dev.boostscope.trial.Trial;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory {@link Trial} for tests: tests add steps (per worker), collections and the end of training, and the
 * trial answers queries and delivers {@link #onStep} subscriptions as the {@code Trial} contract says.
 *
 * <p>A step is complete once every declared worker has added it, once a later step is complete, or once
 * {@link #finish()} was called. Every step is a {@link Mode#GLOBAL} step, as XGBoost writes them. Add steps in
 * ascending order: a listener never receives a step below one it already received.
 *
 * <p>Subscriptions are delivered on the delivery executor: by default synchronously, in the thread that adds the step
 * (or that subscribes, for the replay of the steps already complete). Deliveries to one listener never overlap, even
 * on a pool or when a listener adds steps itself. A listener that throws is logged and stays subscribed.
 *
 * <p>Example: <pre>{@code
 * FakeTrial trial = FakeTrial.create();
 * trial.addScalars(0, Map.of("train-rmse", 0.9, "validation-rmse", 1.0));
 * trial.addStep(3, Map.of("labels", NdArray.ofFloats(new float[] {0, 1, 1})));
 * trial.finish();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class FakeTrial implements Trial {
    /** The worker that {@link #addStep(int, Map)} writes as, unless other workers are declared. */
    public static final String DEFAULT_WORKER = "worker_0";

    private final String name;
    private final URI uri;
    private final FakeStore store;
    private final Executor deliveryExecutor;
    private final List<FakeSubscription> subscriptions = new CopyOnWriteArrayList<>();

    private FakeTrial(Builder builder) {
        this.name = builder.name;
        this.uri = builder.uri == null ? URI.create("memory:/" + builder.name) : builder.uri;
        this.store = new FakeStore(name, uri, builder.workers);
        this.deliveryExecutor = builder.deliveryExecutor;
    }

    /**
     * Returns an empty trial named {@code fake-trial}, written by {@link #DEFAULT_WORKER}, delivering synchronously.
     *
     * @return the trial
     */
    public static FakeTrial create() {
        return newBuilder().build();
    }

    /**
     * Returns a builder for a trial with a chosen name, URI, workers or delivery executor.
     *
     * @return a new builder
     */
    public static Builder newBuilder() {
        return new Builder();
    }

    /**
     * Adds one step written by the first declared worker in name order ({@link #DEFAULT_WORKER} by default).
     *
     * @param step the global step, not negative
     * @param tensors the tensors saved at that step, by name; copied
     * @return this trial
     * @throws IllegalStateException if that worker already added the step, or training has finished
     */
    public FakeTrial addStep(int step, Map<String, NdArray> tensors) {
        return addStep(step, store.declaredWorkers().get(0), tensors);
    }

    /**
     * Adds one step written by one worker; the step becomes complete once every declared worker has added it.
     *
     * @param step the global step, not negative
     * @param worker a declared worker
     * @param tensors the tensors saved at that step, by name; copied
     * @return this trial
     * @throws IllegalArgumentException if the step is negative or the worker was not declared
     * @throws IllegalStateException if that worker already added the step, or training has finished
     */
    public FakeTrial addStep(int step, String worker, Map<String, NdArray> tensors) {
        if (step < 0) {
            throw new IllegalArgumentException("step must not be negative: " + step);
        }
        store.checkWorker(Objects.requireNonNull(worker, "worker"));
        store.add(step, worker, tensors);
        signalAll();
        return this;
    }

    /**
     * Adds one step of scalar tensors (float64, shape {@code [1]}) written by the first declared worker.
     *
     * @param step the global step, not negative
     * @param scalars the values by tensor name
     * @return this trial
     * @throws IllegalStateException as {@link #addStep(int, Map)}
     */
    public FakeTrial addScalars(int step, Map<String, Double> scalars) {
        Map<String, NdArray> tensors = new TreeMap<>();
        scalars.forEach((tensor, value) -> tensors.put(tensor, NdArray.scalar(value)));
        return addStep(step, tensors);
    }

    /**
     * Adds or replaces a collection.
     *
     * @param collection the collection
     * @return this trial
     */
    public FakeTrial addCollection(TensorCollection collection) {
        store.addCollection(Objects.requireNonNull(collection, "collection"));
        return this;
    }

    /**
     * Adds or replaces a collection that lists tensor names (and has no include regex).
     *
     * @param collectionName the collection name
     * @param tensorNames the tensor names it lists
     * @return this trial
     */
    public FakeTrial addCollection(String collectionName, String... tensorNames) {
        return addCollection(new TensorCollection(collectionName, List.of(), Set.of(tensorNames)));
    }

    /**
     * Ends the training, as the end-of-job marker does: every step becomes complete, and listeners receive their
     * remaining steps and then {@link StepListener#onEnd}. Idempotent.
     */
    public void finish() {
        store.finish();
        signalAll();
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
        return store.completeSteps(null);
    }

    @Override
    public List<Integer> steps(Mode mode) {
        Objects.requireNonNull(mode, "mode");
        return mode == Mode.GLOBAL ? steps() : List.of();
    }

    @Override
    public List<String> tensorNames() {
        return store.tensorNames();
    }

    @Override
    public List<String> tensorNamesInCollection(String collection) {
        TensorCollection found = store.collections().get(collection);
        if (found == null) {
            return List.of();
        }
        Set<String> names = new TreeSet<>(found.tensorNames());
        tensorNames().stream().filter(found::contains).forEach(names::add);
        return List.copyOf(names);
    }

    @Override
    public List<String> tensorNamesMatching(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return tensorNames().stream().filter(n -> pattern.matcher(n).find()).toList();
    }

    @Override
    public Map<String, TensorCollection> collections() {
        return store.collections();
    }

    @Override
    public List<String> workers() {
        return store.writers();
    }

    @Override
    public Tensor tensor(String tensorName) {
        if (!hasTensor(tensorName)) {
            throw new TensorUnavailableException(String.format(Locale.ROOT,
                    "tensor '%s' not seen in trial %s", tensorName, uri));
        }
        return new FakeTensor(store, tensorName);
    }

    @Override
    public boolean hasTensor(String tensorName) {
        return tensorNames().contains(tensorName);
    }

    @Override
    public boolean loadedAllSteps() {
        return store.finished();
    }

    @Override
    public OptionalInt lastCompleteStep() {
        return store.lastComplete();
    }

    @Override
    public StepState hasPassedStep(int step) {
        return store.stateOf(step);
    }

    @Override
    public StepState hasPassedStep(int step, Mode mode) {
        Objects.requireNonNull(mode, "mode");
        if (mode == Mode.GLOBAL) {
            return hasPassedStep(step);
        }
        return loadedAllSteps() ? StepState.UNAVAILABLE : StepState.NOT_YET_AVAILABLE;
    }

    @Override
    public void waitForSteps(Collection<Integer> steps, Mode mode, Duration timeout) {
        if (Objects.requireNonNull(mode, "mode") != Mode.GLOBAL) {
            throw new UnsupportedOperationException("a FakeTrial holds global steps only: " + mode);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int step : steps) {
            store.awaitStep(step, deadline);
        }
    }

    @Override
    public void refresh() {
        store.checkOpen();
    }

    @Override
    public Subscription onStep(StepListener listener) {
        Objects.requireNonNull(listener, "listener");
        store.checkOpen();
        FakeSubscription subscription =
                new FakeSubscription(this, store, listener, deliveryExecutor, subscriptions::remove);
        subscriptions.add(subscription);
        subscription.signal();
        return subscription;
    }

    /** Ends every subscription; queries afterwards throw {@link IllegalStateException}. */
    @Override
    public void close() {
        store.close();
        subscriptions.forEach(FakeSubscription::close);
    }

    @Override
    public String toString() {
        return "FakeTrial[" + name + "]";
    }

    private void signalAll() {
        subscriptions.forEach(FakeSubscription::signal);
    }

    /** Builds a {@link FakeTrial}. Not thread-safe. */
    public static final class Builder {
        private String name = "fake-trial";
        private @Nullable URI uri;
        private List<String> workers = List.of(DEFAULT_WORKER);
        private Executor deliveryExecutor = Runnable::run;

        private Builder() {
        }

        /**
         * Sets the trial's name; {@code fake-trial} by default.
         *
         * @param trialName the name, not blank
         * @return this builder
         * @throws IllegalArgumentException if the name is blank
         */
        public Builder name(String trialName) {
            if (trialName.isBlank()) {
                throw new IllegalArgumentException("name must not be blank: '" + trialName + "'");
            }
            this.name = trialName;
            return this;
        }

        /**
         * Sets the trial's URI; {@code memory:/<name>} by default.
         *
         * @param trialUri the URI
         * @return this builder
         */
        public Builder uri(URI trialUri) {
            this.uri = Objects.requireNonNull(trialUri, "uri");
            return this;
        }

        /**
         * Declares the workers that write the trial; a step is complete once all of them added it.
         *
         * @param workerNames one or more worker names; the first in name order is the one {@link #addStep(int, Map)}
         *     writes as
         * @return this builder
         * @throws IllegalArgumentException if no worker is named
         */
        public Builder workers(String... workerNames) {
            if (workerNames.length == 0) {
                throw new IllegalArgumentException("workers must name at least one worker");
            }
            this.workers = List.of(workerNames);
            return this;
        }

        /**
         * Sets the executor that delivers subscriptions; synchronous ({@code Runnable::run}) by default.
         *
         * @param executor the executor
         * @return this builder
         */
        public Builder deliveryExecutor(Executor executor) {
            this.deliveryExecutor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Builds the trial.
         *
         * @return an empty trial
         */
        public FakeTrial build() {
            return new FakeTrial(this);
        }
    }
}
