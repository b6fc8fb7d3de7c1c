// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.storage.Storage;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A storage passing every call to another, for tests that intercept one operation. */
class ForwardingStorage implements Storage {
    private final Storage delegate;

    ForwardingStorage(Storage delegate) {
        this.delegate = delegate;
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
    public void put(String key, byte[] bytes) {
        delegate.put(key, bytes);
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
    public AutoCloseable watch(String prefix, Runnable onChange) {
        return delegate.watch(prefix, onChange);
    }

    @Override
    public boolean canWatch() {
        return delegate.canWatch();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
