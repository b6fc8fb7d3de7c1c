// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.writer;

import dev.boostscope.core.storage.Storage;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Storage} that counts the bytes of successful puts, for the hook's statistics.
 *
 * <p>Thread-safe when the storage it wraps is.
 */
final class CountingStorage implements Storage {
    private final Storage delegate;
    private final AtomicLong bytes = new AtomicLong();

    CountingStorage(Storage delegate) {
        this.delegate = delegate;
    }

    long bytes() {
        return bytes.get();
    }

    @Override
    public URI uri() {
        return delegate.uri();
    }

    @Override
    public URI uriOf(String key) {
        return delegate.uriOf(key);
    }

    @Override
    public void put(String key, byte[] content) {
        delegate.put(key, content);
        bytes.addAndGet(content.length);
    }

    @Override
    public byte[] get(String key) {
        return delegate.get(key);
    }

    @Override
    public byte[] get(String key, long offset, int length) {
        return delegate.get(key, offset, length);
    }

    @Override
    public List<String> list(String prefix, @Nullable String startAfter) {
        return delegate.list(prefix, startAfter);
    }

    @Override
    public boolean exists(String key) {
        return delegate.exists(key);
    }

    @Override
    public void delete(String key) {
        delegate.delete(key);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
