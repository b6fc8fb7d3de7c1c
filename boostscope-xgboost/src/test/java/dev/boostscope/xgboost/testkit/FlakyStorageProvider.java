// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.testkit;

import dev.boostscope.core.StorageException;
import dev.boostscope.core.storage.LocalStorage;
import dev.boostscope.core.storage.Storage;
import dev.boostscope.core.storage.StorageProvider;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Opens {@code flaky:/some/folder?failAfter=N}: a local folder whose puts start failing after N successful ones, as
 * a disk that fills up or an S3 endpoint that goes away. Found through {@code ServiceLoader}, as the S3 module is.
 */
public final class FlakyStorageProvider implements StorageProvider {
    /** Puts attempted on every flaky storage of this JVM, failed ones included. */
    public static final AtomicInteger ATTEMPTED_PUTS = new AtomicInteger();

    /**
     * Returns the URI of a flaky folder.
     *
     * @param folder the folder
     * @param failAfter successful puts before every put fails
     * @return the URI
     */
    public static URI uri(Path folder, int failAfter) {
        return URI.create("flaky:" + folder.toAbsolutePath().toUri().getPath() + "?failAfter=" + failAfter);
    }

    @Override
    public boolean supports(URI uri) {
        return "flaky".equals(uri.getScheme());
    }

    /**
     * Returns the URI of a folder whose reads (list, exists) fail, as an S3 endpoint that cannot be reached.
     *
     * @param folder the folder
     * @return the URI
     */
    public static URI unreadable(Path folder) {
        return URI.create("flaky:" + folder.toAbsolutePath().toUri().getPath() + "?failAfter=0&failReads");
    }

    @Override
    public Storage open(URI uri) {
        String query = uri.getQuery();
        int failAfter = Integer.parseInt(query.replace("&failReads", "").replace("failAfter=", ""));
        return new Flaky(LocalStorage.open(Path.of(uri.getPath())), failAfter, uri, query.endsWith("&failReads"));
    }

    private static final class Flaky implements Storage {
        private final LocalStorage local;
        private final AtomicInteger remaining;
        private final URI uri;
        private final boolean failReads;

        Flaky(LocalStorage local, int failAfter, URI uri, boolean failReads) {
            this.local = local;
            this.remaining = new AtomicInteger(failAfter);
            this.uri = uri;
            this.failReads = failReads;
        }

        private void read(String operation) {
            if (failReads) {
                throw new StorageException(uri, operation, "connect timed out");
            }
        }

        @Override
        public URI uri() {
            return uri;
        }

        @Override
        public URI uriOf(String key) {
            return URI.create(uri + "#" + key);
        }

        @Override
        public void put(String key, byte[] bytes) {
            ATTEMPTED_PUTS.incrementAndGet();
            if (remaining.getAndDecrement() <= 0) {
                throw new StorageException(uriOf(key), "put", "No space left on device");
            }
            local.put(key, bytes);
        }

        @Override
        public byte[] get(String key) {
            return local.get(key);
        }

        @Override
        public byte[] get(String key, long offset, int length) {
            return local.get(key, offset, length);
        }

        @Override
        public List<String> list(String prefix, @Nullable String startAfter) {
            read("list");
            return local.list(prefix, startAfter);
        }

        @Override
        public boolean exists(String key) {
            read("exists");
            return local.exists(key);
        }

        @Override
        public void delete(String key) {
            local.delete(key);
        }

        @Override
        public void close() {
            local.close();
        }
    }
}
