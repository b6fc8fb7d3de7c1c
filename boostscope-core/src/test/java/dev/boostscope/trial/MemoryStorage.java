// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.NoSuchKeyException;
import dev.boostscope.core.storage.Storage;
import dev.boostscope.core.storage.StorageKeys;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A storage in memory that cannot be watched, so readers poll it as they poll S3; it counts requests by kind.
 */
final class MemoryStorage implements Storage {
    final AtomicInteger lists = new AtomicInteger();
    final AtomicInteger gets = new AtomicInteger();
    private final URI uri;
    private final ConcurrentSkipListMap<String, byte[]> objects = new ConcurrentSkipListMap<>();

    MemoryStorage(String uri) {
        this.uri = URI.create(uri);
    }

    @Override
    public URI uri() {
        return uri;
    }

    @Override
    public URI uriOf(String key) {
        return uri.resolve(StorageKeys.check(key));
    }

    @Override
    public void put(String key, byte[] bytes) {
        objects.put(StorageKeys.check(key), bytes.clone());
    }

    @Override
    public byte[] get(String key) {
        gets.incrementAndGet();
        byte[] bytes = objects.get(key);
        if (bytes == null) {
            throw new NoSuchKeyException(uriOf(key), "get");
        }
        return bytes.clone();
    }

    @Override
    public byte[] get(String key, long offset, int length) {
        byte[] bytes = get(key);
        int from = (int) Math.min(offset, bytes.length);
        return Arrays.copyOfRange(bytes, from, (int) Math.min(bytes.length, offset + length));
    }

    @Override
    public List<String> list(String prefix, @Nullable String startAfter) {
        lists.incrementAndGet();
        List<String> out = new ArrayList<>();
        for (String key : objects.tailMap(prefix, true).keySet()) {
            if (!key.startsWith(prefix)) {
                break;
            }
            if (startAfter == null || key.compareTo(startAfter) > 0) {
                out.add(key);
            }
        }
        return out;
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
