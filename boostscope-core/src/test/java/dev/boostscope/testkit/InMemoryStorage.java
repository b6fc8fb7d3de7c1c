// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.testkit;

import dev.boostscope.core.NoSuchKeyException;
import dev.boostscope.core.StorageException;
import dev.boostscope.core.storage.Storage;
import dev.boostscope.core.storage.StorageKeys;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Storage} in memory, for unit tests that need storage semantics without disk or network. It keeps the
 * {@code Storage} contract exactly (it runs {@link StorageContract}): puts are atomic and copy their input, gets copy
 * their output, listing is in UTF-8 byte order. {@link #failNextOperations(int)} injects failures.
 *
 * <p>Thread-safe.
 */
public final class InMemoryStorage implements Storage {
    private static final AtomicLong NAMES = new AtomicLong();

    private final URI root;
    private final ConcurrentSkipListMap<String, byte[]> objects = new ConcurrentSkipListMap<>(StorageKeys::compare);
    private final AtomicInteger failuresToInject = new AtomicInteger();
    private volatile boolean closed;

    private InMemoryStorage(URI root) {
        this.root = root;
    }

    /**
     * Returns a new, empty storage with a unique root such as {@code memory:/storage-3/}.
     *
     * @return the storage
     */
    public static InMemoryStorage create() {
        return new InMemoryStorage(URI.create("memory:/storage-" + NAMES.incrementAndGet() + "/"));
    }

    /**
     * Returns a new, empty storage that reports a given root URI, for code that prints or compares URIs.
     *
     * @param root an absolute hierarchical URI ending in {@code /}
     * @return the storage
     * @throws IllegalArgumentException if the root is not absolute or does not end in {@code /}
     */
    public static InMemoryStorage create(URI root) {
        if (!root.isAbsolute() || root.getRawPath() == null || !root.getRawPath().endsWith("/")) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "root must be an absolute URI whose path ends in '/': '%s'", root));
        }
        return new InMemoryStorage(root);
    }

    /**
     * Makes the next {@code count} operations (of any kind) fail with a {@link StorageException} whose cause is an
     * {@link IOException}, as a broken disk or network would.
     *
     * @param count how many operations fail; 0 stops injecting
     * @throws IllegalArgumentException if count is negative
     */
    public void failNextOperations(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        failuresToInject.set(count);
    }

    @Override
    public URI uri() {
        return root;
    }

    @Override
    public URI uriOf(String key) {
        try {
            return new URI(root.getScheme(), root.getAuthority(), root.getPath() + key, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("key does not form a URI: '" + key + "'", e);
        }
    }

    @Override
    public void put(String key, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        enter("put", StorageKeys.check(key));
        objects.put(key, bytes.clone());
    }

    @Override
    public byte[] get(String key) {
        return read(key).clone();
    }

    @Override
    public byte[] get(String key, long offset, int length) {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "range must be non-negative: offset %d, length %d", offset, length));
        }
        byte[] bytes = read(key);
        int from = (int) Math.min(offset, bytes.length);
        return Arrays.copyOfRange(bytes, from, (int) Math.min((long) from + length, bytes.length));
    }

    @Override
    public List<String> list(String prefix, @Nullable String startAfter) {
        enter("list", StorageKeys.checkPrefix(prefix));
        var tail = startAfter == null ? objects.tailMap(prefix, true) : objects.tailMap(startAfter, false);
        return tail.keySet().stream()
                .dropWhile(key -> !key.startsWith(prefix) && StorageKeys.compare(key, prefix) < 0)
                .takeWhile(key -> key.startsWith(prefix))
                .collect(Collectors.toUnmodifiableList());
    }

    @Override
    public boolean exists(String key) {
        enter("exists", StorageKeys.check(key));
        return objects.containsKey(key);
    }

    @Override
    public void delete(String key) {
        enter("delete", StorageKeys.check(key));
        objects.remove(key);
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public String toString() {
        return "InMemoryStorage[" + root + ", " + objects.size() + " objects]";
    }

    private byte[] read(String key) {
        enter("get", StorageKeys.check(key));
        byte[] bytes = objects.get(key);
        if (bytes == null) {
            throw new NoSuchKeyException(uriOf(key), "get");
        }
        return bytes;
    }

    private void enter(String operation, String keyOrPrefix) {
        if (closed) {
            throw new IllegalStateException("storage is closed: " + root);
        }
        if (failuresToInject.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new StorageException(uriOf(keyOrPrefix), operation, new IOException("injected failure"));
        }
    }
}
