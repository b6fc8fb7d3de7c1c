// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import dev.boostscope.xgboost.StopSignal;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The job's stop request, set from any thread (the stop-file watcher, the run-time limit, a rule action, a signal) and
 * seen by the hook's training loop through its {@link StopSignal}, which it checks before each round. The first cause
 * wins.
 *
 * <p>Thread-safe.
 */
final class StopFlag {
    private final AtomicReference<StopCause> cause = new AtomicReference<>();
    private final StopSignal signal = StopSignal.create();

    /** Returns true if this call set the flag, false if it was already set. */
    boolean request(StopCause value) {
        if (!cause.compareAndSet(null, value)) {
            return false;
        }
        signal.request(value.reason());
        return true;
    }

    boolean isRequested() {
        return cause.get() != null;
    }

    Optional<StopCause> cause() {
        return Optional.ofNullable(cause.get());
    }

    StopSignal signal() {
        return signal;
    }
}
