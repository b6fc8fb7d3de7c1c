// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.testkit;

import dev.boostscope.core.NoSuchKeyException;
import dev.boostscope.core.StorageException;
import dev.boostscope.core.storage.Storage;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** A storage in memory that records the order of puts and runs a hook before each (to block or fail on demand). */
public final class MemoryStorage implements Storage {
    private final Map<String, byte[]> objects = new ConcurrentSkipListMap<>();
    private final List<String> puts = new CopyOnWriteArrayList<>();
    private volatile Consumer<String> beforePut = key -> { };

    /**
     * Sets what runs before each put, with the key: block on a latch, or throw a {@link StorageException}.
     *
     * @param hook the hook
     */
    public void beforePut(Consumer<String> hook) {
        beforePut = hook;
    }

    /**
     * Returns the keys put successfully, in order.
     *
     * @return the keys
     */
    public List<String> puts() {
        return new ArrayList<>(puts);
    }

    /**
     * Returns a failure as a real storage reports it.
     *
     * @param key the key
     * @return the exception
     */
    public StorageException failure(String key) {
        return new StorageException(uriOf(key), "put", "connection reset");
    }

    @Override
    public URI uri() {
        return URI.create("memory:/trial/");
    }

    @Override
    public URI uriOf(String key) {
        return URI.create("memory:/trial/" + key);
    }

    @Override
    public void put(String key, byte[] bytes) {
        beforePut.accept(key);
        objects.put(key, bytes.clone());
        puts.add(key);
    }

    @Override
    public byte[] get(String key) {
        byte[] bytes = objects.get(key);
        if (bytes == null) {
            throw new NoSuchKeyException(uriOf(key), "get");
        }
        return bytes.clone();
    }

    @Override
    public byte[] get(String key, long offset, int length) {
        byte[] bytes = get(key);
        return Arrays.copyOfRange(bytes, (int) offset, (int) Math.min(bytes.length, offset + length));
    }

    @Override
    public List<String> list(String prefix, @Nullable String startAfter) {
        return objects.keySet().stream().filter(k -> k.startsWith(prefix))
                .filter(k -> startAfter == null || k.compareTo(startAfter) > 0).toList();
    }

    @Override
    public boolean exists(String key) {
        return objects.containsKey(key);
    }

    @Override
    public void delete(String key) {
        objects.remove(key);
    }

    @Override
    public void close() {
    }
}
