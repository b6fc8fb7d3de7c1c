// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.storage.Storage;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ForwardingStorage} that records every read request (gets, listings, existence checks) made through it, so
 * tests can assert which requests a reader makes. Writes and watches pass through unrecorded.
 *
 * <p>Wrapping a {@code LocalStorage} hides its type from the trial, which then lists through {@link Storage#list} and
 * is told of changes by {@link Storage#watch} instead of reading directory entries and watching the folder itself.
 *
 * <p>Thread-safe.
 */
final class RecordingStorage extends ForwardingStorage {
    /** The kinds of read requests. */
    enum Op {
        GET, RANGED_GET, LIST, EXISTS
    }

    /**
     * One read request.
     *
     * @param op its kind
     * @param key the key read, or the prefix listed
     * @param startAfter the listing's start-after key (null for none or for other kinds)
     * @param offset the first byte of a ranged get, else -1
     * @param length the length of a ranged get, else -1
     */
    record Request(Op op, String key, @Nullable String startAfter, long offset, int length) {
    }

    private final Queue<Request> requests = new ConcurrentLinkedQueue<>();

    RecordingStorage(Storage delegate) {
        super(delegate);
    }

    /** Returns the requests made since the last {@link #clear()}, in order. */
    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Returns the gets, ranged or not, of keys starting with a prefix. */
    List<Request> gets(String prefix) {
        return requests().stream().filter(r -> r.op() == Op.GET || r.op() == Op.RANGED_GET)
                .filter(r -> r.key().startsWith(prefix)).toList();
    }

    /** Returns the listings of a prefix. */
    List<Request> lists(String prefix) {
        return requests().stream().filter(r -> r.op() == Op.LIST && r.key().equals(prefix)).toList();
    }

    /** Forgets the requests recorded so far. */
    void clear() {
        requests.clear();
    }

    @Override
    public byte[] get(String key) {
        requests.add(new Request(Op.GET, key, null, -1, -1));
        return super.get(key);
    }

    @Override
    public byte[] get(String key, long offset, int length) {
        requests.add(new Request(Op.RANGED_GET, key, null, offset, length));
        return super.get(key, offset, length);
    }

    @Override
    public List<String> list(String prefix, @Nullable String startAfter) {
        requests.add(new Request(Op.LIST, prefix, startAfter, -1, -1));
        return super.list(prefix, startAfter);
    }

    @Override
    public boolean exists(String key) {
        requests.add(new Request(Op.EXISTS, key, null, -1, -1));
        return super.exists(key);
    }
}
