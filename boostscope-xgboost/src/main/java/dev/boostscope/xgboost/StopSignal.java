// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * A request to stop training from outside: {@link #request} from any thread, or (for a signal made with
 * {@link #onFile}) the appearance of a file. {@link DebugTraining} checks it before each round, so training ends
 * cleanly after the current round, with everything captured flushed and the end marker written.
 *
 * <p>Thread-safe.
 */
public final class StopSignal {
    private final AtomicReference<@Nullable String> reason = new AtomicReference<>();
    private final @Nullable Path file;

    private StopSignal(@Nullable Path file) {
        this.file = file;
    }

    /**
     * Returns a signal raised only by {@link #request}.
     *
     * @return a new signal
     */
    public static StopSignal create() {
        return new StopSignal(null);
    }

    /**
     * Returns a signal also raised when a file exists (checked before each round; one file-existence check per
     * round, cheap on a local disk).
     *
     * @param file the signal file
     * @return a new signal
     */
    public static StopSignal onFile(Path file) {
        return new StopSignal(Objects.requireNonNull(file, "file"));
    }

    /**
     * Requests a stop; the first reason given is kept.
     *
     * @param why why training should stop, for the result and logs
     */
    public void request(String why) {
        reason.compareAndSet(null, Objects.requireNonNull(why, "why"));
    }

    /**
     * Returns whether a stop was requested or the signal file exists.
     *
     * @return true if training should stop
     */
    public boolean isRequested() {
        return reason().isPresent();
    }

    /**
     * Returns why a stop was requested.
     *
     * @return the reason, or empty if none; a signal file gives {@code stop file <path> exists}
     */
    public Optional<String> reason() {
        if (reason.get() == null && file != null && Files.exists(file)) {
            reason.compareAndSet(null, "stop file " + file + " exists");
        }
        return Optional.ofNullable(reason.get());
    }
}
