// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.Mode;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A view of a multi-worker trial through one worker's eyes ({@link Trials#workerView}): its tensors read that worker's
 * values, and list only the steps that worker saved. Everything else (steps, workers, collections, completion,
 * subscriptions) is the whole trial's. Closing the view does nothing: the underlying trial belongs to its opener.
 *
 * <p>Thread-safe as the underlying trial is.
 */
final class WorkerTrial implements Trial {
    private final Trial trial;
    private final String worker;

    WorkerTrial(Trial trial, String worker) {
        this.trial = Objects.requireNonNull(trial, "trial");
        this.worker = Objects.requireNonNull(worker, "worker");
    }

    String worker() {
        return worker;
    }

    Trial underlying() {
        return trial;
    }

    @Override
    public URI uri() {
        return trial.uri();
    }

    @Override
    public String name() {
        return trial.name();
    }

    @Override
    public List<Integer> steps() {
        return trial.steps();
    }

    @Override
    public List<Integer> steps(Mode mode) {
        return trial.steps(mode);
    }

    @Override
    public List<String> tensorNames() {
        return trial.tensorNames();
    }

    @Override
    public List<String> tensorNamesInCollection(String collection) {
        return trial.tensorNamesInCollection(collection);
    }

    @Override
    public List<String> tensorNamesMatching(String regex) {
        return trial.tensorNamesMatching(regex);
    }

    @Override
    public Map<String, TensorCollection> collections() {
        return trial.collections();
    }

    @Override
    public List<String> workers() {
        return trial.workers();
    }

    @Override
    public Tensor tensor(String name) {
        return new WorkerTensor(trial.tensor(name), worker);
    }

    @Override
    public boolean hasTensor(String name) {
        return trial.hasTensor(name);
    }

    @Override
    public boolean loadedAllSteps() {
        return trial.loadedAllSteps();
    }

    @Override
    public OptionalInt lastCompleteStep() {
        return trial.lastCompleteStep();
    }

    @Override
    public StepState hasPassedStep(int step) {
        return trial.hasPassedStep(step);
    }

    @Override
    public StepState hasPassedStep(int step, Mode mode) {
        return trial.hasPassedStep(step, mode);
    }

    @Override
    public void waitForSteps(Collection<Integer> steps, Mode mode, Duration timeout) {
        trial.waitForSteps(steps, mode, timeout);
    }

    @Override
    public void refresh() {
        trial.refresh();
    }

    @Override
    public Subscription onStep(StepListener listener) {
        Objects.requireNonNull(listener, "listener");
        return trial.onStep(new StepListener() {
            @Override
            public void onStep(Trial source, int step) {
                listener.onStep(WorkerTrial.this, step);
            }

            @Override
            public void onEnd(Trial source) {
                listener.onEnd(WorkerTrial.this);
            }
        });
    }

    /** Does nothing: the view does not own the trial. */
    @Override
    public void close() {
        // the underlying trial is closed by whoever opened it
    }

    @Override
    public String toString() {
        return "Trial[" + trial.uri() + " as " + worker + "]";
    }
}
