// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.testkit;

import dev.boostscope.trial.StepListener;
import dev.boostscope.trial.Subscription;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One listener's subscription to a {@link FakeTrial}: a cursor over the complete steps, drained serially on the
 * delivery executor, so the listener never receives two calls at once, even from a pool or when it adds steps itself.
 *
 * <p>Thread-safe.
 */
final class FakeSubscription implements Subscription {
    private static final System.Logger LOG = System.getLogger(FakeTrial.class.getName());

    private final FakeTrial trial;
    private final FakeStore store;
    private final StepListener listener;
    private final Executor executor;
    private final Consumer<FakeSubscription> onClose;
    private final AtomicInteger pendingSignals = new AtomicInteger();
    private volatile boolean closed;
    /** Touched only by the draining thread; the atomic counter orders successive drains. */
    private int cursor = Integer.MIN_VALUE;
    private boolean endDelivered;

    FakeSubscription(FakeTrial trial, FakeStore store, StepListener listener, Executor executor,
            Consumer<FakeSubscription> onClose) {
        this.trial = trial;
        this.store = store;
        this.listener = listener;
        this.executor = executor;
        this.onClose = onClose;
    }

    /** Asks for a delivery pass; passes requested while one runs are folded into it. */
    void signal() {
        if (!closed && pendingSignals.getAndIncrement() == 0) {
            executor.execute(this::drain);
        }
    }

    @Override
    public void close() {
        closed = true;
        onClose.accept(this);
    }

    private void drain() {
        int missed = 1;
        do {
            deliverPending();
            missed = pendingSignals.addAndGet(-missed);
        } while (missed != 0);
    }

    private void deliverPending() {
        Integer next = store.nextCompleteStepAfter(cursor);
        while (next != null && !closed) {
            cursor = next;
            deliver(next);
            next = store.nextCompleteStepAfter(cursor);
        }
        if (!closed && !endDelivered && store.finishedAndOpen()) {
            endDelivered = true;
            deliver(null);
        }
    }

    private void deliver(@Nullable Integer step) {
        try {
            if (step == null) {
                listener.onEnd(trial);
            } else {
                listener.onStep(trial, step);
            }
        } catch (RuntimeException | AssertionError e) {
            LOG.log(System.Logger.Level.WARNING, String.format(Locale.ROOT,
                    "step listener %s failed on %s of %s; it stays subscribed", listener,
                    step == null ? "the end" : "step " + step, trial), e);
        }
    }
}
