// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.storage;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A flat key space under one root URI (a local folder or an S3 bucket prefix) holding a trial's files.
 *
 * <p>Keys are relative, {@code /}-separated, with no leading {@code /} and no {@code .} or {@code ..} segment (for
 * example {@code index/000000000/000000000003_worker_0.json}). Every failure is a
 * {@link dev.boostscope.core.StorageException} naming the URI and the operation; a missing key is a
 * {@link dev.boostscope.core.NoSuchKeyException}.
 *
 * <p>Implementations are thread-safe. Every method may block on I/O.
 */
public interface Storage extends AutoCloseable {

    /**
     * Returns the root this storage reads and writes under, such as {@code file:/runs/a/} or {@code s3://b/p/}.
     *
     * @return the root URI
     */
    URI uri();

    /**
     * Returns the URI of one key, for messages.
     *
     * @param key a relative key
     * @return the key's URI
     */
    URI uriOf(String key);

    /**
     * Publishes an object atomically: a reader sees either nothing or all the bytes, never part of them. An existing
     * object is replaced.
     *
     * @param key a relative key
     * @param bytes the whole content
     */
    void put(String key, byte[] bytes);

    /**
     * Returns a whole object.
     *
     * @param key a relative key
     * @return its bytes
     * @throws dev.boostscope.core.NoSuchKeyException if the key does not exist
     */
    byte[] get(String key);

    /**
     * Returns a byte range of an object (an HTTP Range GET on S3).
     *
     * @param key a relative key
     * @param offset the first byte
     * @param length the number of bytes; fewer come back only if the object is shorter
     * @return the bytes read
     * @throws dev.boostscope.core.NoSuchKeyException if the key does not exist
     */
    byte[] get(String key, long offset, int length);

    /**
     * Lists the keys under a prefix that sort after {@code startAfter}, recursively, in lexicographic (UTF-8 byte)
     * order, as S3's ListObjectsV2 with {@code StartAfter}. Temporary files of unfinished local writes are never
     * listed.
     *
     * @param prefix a key prefix such as {@code index/}; empty for all keys
     * @param startAfter only keys sorting strictly after it, or null for all
     * @return the keys, sorted; empty if none
     */
    List<String> list(String prefix, @Nullable String startAfter);

    /**
     * Returns whether an object exists.
     *
     * @param key a relative key
     * @return true if it exists
     */
    boolean exists(String key);

    /**
     * Deletes an object; deleting a missing key is not an error.
     *
     * @param key a relative key
     */
    void delete(String key);

    /**
     * Registers a callback run soon after objects under a prefix change, where the storage can tell (a local folder
     * watch); storages that cannot tell return a handle that does nothing, and readers fall back to polling.
     *
     * @param prefix a key prefix such as {@code index/}
     * @param onChange run on an internal thread after a change; must not block
     * @return a handle that stops the watch when closed
     */
    default AutoCloseable watch(String prefix, Runnable onChange) {
        return () -> { };
    }

    /**
     * Returns whether {@link #watch} delivers change notifications, so readers can poll slowly.
     *
     * @return true if changes are pushed
     */
    default boolean canWatch() {
        return false;
    }

    /** Releases clients and watches; the storage is unusable afterwards. */
    @Override
    void close();
}
