// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The job's stop request, set from any thread (the stop-file watcher, the run-time limit, a rule action, a signal) and
 * read by the training loop between rounds. The first cause wins.
 *
 * <p>Thread-safe.
 */
final class StopFlag {
    private final AtomicReference<StopCause> cause = new AtomicReference<>();

    /** Returns true if this call set the flag, false if it was already set. */
    boolean request(StopCause value) {
        return cause.compareAndSet(null, value);
    }

    boolean isRequested() {
        return cause.get() != null;
    }

    Optional<StopCause> cause() {
        return Optional.ofNullable(cause.get());
    }
}
