// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps a function over many storage reads in a few parallel chunks: the caller runs one chunk and the executor the
 * others. Small batches run on the caller alone.
 *
 * <p>Thread-safe.
 */
final class ParallelReads {
    /** Reads per chunk below which splitting does not pay. */
    static final int MIN_CHUNK = 16;

    private static final Executor SHARED = sharedPool();

    private ParallelReads() {
    }

    /**
     * Returns the default executor: up to 16 daemon threads that exit after 5 idle seconds; a full pool runs the task
     * on the caller.
     *
     * @return the shared executor
     */
    static Executor shared() {
        return SHARED;
    }

    /**
     * Applies a function to every item, in parallel chunks.
     *
     * @param items the inputs
     * @param function the read; its runtime exceptions propagate
     * @param executor runs the chunks after the first
     * @param parallelism the most chunks
     * @param <T> the input type
     * @param <R> the result type
     * @return the results, in the items' order
     */
    static <T, R> List<R> map(List<T> items, Function<T, R> function, Executor executor, int parallelism) {
        int chunks = Math.min(parallelism, items.size() / MIN_CHUNK);
        if (chunks <= 1) {
            List<R> out = new ArrayList<>(items.size());
            items.forEach(item -> out.add(function.apply(item)));
            return out;
        }
        Object[] results = new Object[items.size()];
        int size = (items.size() + chunks - 1) / chunks;
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        for (int from = size; from < items.size(); from += size) {
            int start = from;
            futures.add(CompletableFuture.runAsync(() -> run(items, function, results, start, start + size),
                    executor));
        }
        run(items, function, results, 0, size);
        join(futures);
        @SuppressWarnings("unchecked")
        List<R> out = (List<R>) Arrays.asList(results);
        return out;
    }

    private static <T, R> void run(List<T> items, Function<T, R> function, Object[] results, int from, int to) {
        for (int i = from; i < Math.min(to, items.size()); i++) {
            results[i] = function.apply(items.get(i));
        }
    }

    private static void join(List<CompletableFuture<Void>> futures) {
        try {
            CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            if (e.getCause() instanceof Error) {
                throw (Error) e.getCause();
            }
            throw e;
        }
    }

    private static Executor sharedPool() {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(0, 16, 5, TimeUnit.SECONDS, new SynchronousQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "boostscope-trial-io-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        return pool;
    }
}
