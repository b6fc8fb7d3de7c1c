// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.writer;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Runs a write with bounded retries and exponential backoff, and contains its failure: the first failure is logged
 * once (WARNING, with its cause), every failure is counted, and after the policy's limit the writer is disabled. In
 * fail-fast mode the first failure is kept for the training thread to rethrow.
 *
 * <p>Thread-safe; writes run on one thread at a time.
 */
final class WriteAttempts {
    private static final System.Logger LOGGER = System.getLogger("dev.boostscope.xgboost");

    private final WriterPolicy policy;
    private final URI uri;
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicBoolean disabled = new AtomicBoolean();
    private final AtomicReference<@Nullable RuntimeException> fatal = new AtomicReference<>();

    WriteAttempts(WriterPolicy policy, URI uri) {
        this.policy = policy;
        this.uri = uri;
    }

    /**
     * Runs a write until it succeeds or its attempts are spent.
     *
     * @param what the write, for the log, such as {@code step 3}
     * @param write the write
     * @return true if it succeeded
     */
    boolean run(String what, Runnable write) {
        int attempts = policy.failFast() ? 1 : policy.attempts();
        RuntimeException last = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            try {
                write.run();
                return true;
            } catch (RuntimeException e) {
                last = e;
            }
            if (attempt + 1 < attempts && !pause(attempt)) {
                break;
            }
        }
        fail(what, last);
        return false;
    }

    boolean disabled() {
        return disabled.get() || fatal.get() != null;
    }

    @Nullable RuntimeException fatal() {
        return fatal.get();
    }

    long failures() {
        return failures.get();
    }

    long retries() {
        return retries.get();
    }

    private boolean pause(int attempt) {
        retries.incrementAndGet();
        long millis = policy.backoff().toMillis() << Math.min(attempt, 10);
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void fail(String what, @Nullable RuntimeException cause) {
        long count = failures.incrementAndGet();
        if (policy.failFast()) {
            fatal.compareAndSet(null, cause == null ? new IllegalStateException("interrupted while writing") : cause);
            return;
        }
        if (count == 1) {
            LOGGER.log(System.Logger.Level.WARNING, String.format(Locale.ROOT,
                    "boostscope hook: writing %s to %s failed; training goes on (further failures are counted, "
                    + "not logged)", what, uri), cause);
        }
        if (count >= policy.maxFailures() && disabled.compareAndSet(false, true)) {
            LOGGER.log(System.Logger.Level.WARNING, String.format(Locale.ROOT,
                    "boostscope hook: stopped writing to %s after %d failed writes; training goes on without "
                    + "capture", uri, count));
        }
    }
}
