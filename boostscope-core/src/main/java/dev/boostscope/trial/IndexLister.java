// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.StorageException;
import dev.boostscope.core.format.TrialLayout;
import dev.boostscope.core.storage.LocalStorage;
import dev.boostscope.core.storage.Storage;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Lists index keys after a token. On S3 that is one ListObjectsV2 with StartAfter, which the server answers from the
 * token on. A local folder's {@link Storage#list} walks and stats the whole {@code index/} tree instead, so for local
 * folders this reads directory entries only (no stat), and only of the 1000-step folders from the token's on: a
 * listing costs the same at step 100 as at step 100,000. A folder whose modification time has not changed since it
 * was read (and is old enough to be trusted despite coarse timestamps) is not read again, so an idle poll costs a
 * stat per folder.
 *
 * <p>Thread-safe.
 */
abstract class IndexLister {
    private static final Pattern FOLDER = Pattern.compile("\\d{9}");
    private static final String TEMP_SUFFIX = ".tmp";

    /**
     * Lists the index keys sorting after a key, in order; temporary files are never listed.
     *
     * @param startAfter a key, or null for all
     * @return the keys
     */
    abstract List<String> list(@Nullable String startAfter);

    static IndexLister of(Storage storage) {
        if (storage instanceof LocalStorage) {
            return new Folders(((LocalStorage) storage).root().resolve("index"), storage);
        }
        return new IndexLister() {
            @Override
            List<String> list(@Nullable String startAfter) {
                return storage.list(TrialLayout.INDEX_PREFIX, startAfter);
            }
        };
    }

    /** Reads {@code index/} and its step folders with directory streams. */
    private static final class Folders extends IndexLister {
        /** A folder's entries are re-read unless its timestamp is older than this when they were read. */
        private static final long TRUST_AFTER_MILLIS = 2000;

        private final Path index;
        private final Storage storage;
        private final Map<Path, Snapshot> snapshots = new ConcurrentHashMap<>();

        Folders(Path index, Storage storage) {
            this.index = index;
            this.storage = storage;
        }

        @Override
        List<String> list(@Nullable String startAfter) {
            List<String> keys = new ArrayList<>();
            List<Path> visited = new ArrayList<>();
            for (String folder : names(index)) {
                String prefix = TrialLayout.INDEX_PREFIX + folder + "/";
                if (!FOLDER.matcher(folder).matches()
                        || startAfter != null && prefix.compareTo(startAfter) < 0 && !startAfter.startsWith(prefix)) {
                    continue;
                }
                visited.add(index.resolve(folder));
                List<String> names = names(index.resolve(folder));
                int from = 0;
                if (startAfter != null && startAfter.startsWith(prefix)) {
                    int at = Collections.binarySearch(names, startAfter.substring(prefix.length()));
                    from = at >= 0 ? at + 1 : -at - 1;
                }
                for (String name : names.subList(from, names.size())) {
                    if (!name.endsWith(TEMP_SUFFIX)) {
                        keys.add(prefix + name);
                    }
                }
            }
            // keep snapshots of the index folder and the newest two step folders only: older ones are not read again
            Set<Path> keep = new HashSet<>(visited.subList(Math.max(0, visited.size() - 2), visited.size()));
            keep.add(index);
            snapshots.keySet().retainAll(keep);
            Collections.sort(keys);
            return keys;
        }

        private List<String> names(Path folder) {
            long now = System.currentTimeMillis();
            FileTime modified;
            try {
                modified = Files.getLastModifiedTime(folder);
            } catch (IOException e) {
                snapshots.remove(folder);
                return read(folder);
            }
            Snapshot snapshot = snapshots.get(folder);
            if (snapshot != null && snapshot.modified.equals(modified)
                    && snapshot.readAt - modified.toMillis() > TRUST_AFTER_MILLIS) {
                return snapshot.names;
            }
            List<String> names = read(folder);
            snapshots.put(folder, new Snapshot(modified, now, names));
            return names;
        }

        /** Returns a folder's entry names, sorted (ASCII names: String order is byte order). */
        private List<String> read(Path folder) {
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    names.add(entry.getFileName().toString());
                }
            } catch (NoSuchFileException | NotDirectoryException e) {
                return List.of();
            } catch (IOException | DirectoryIteratorException e) {
                throw new StorageException(storage.uriOf(TrialLayout.INDEX_PREFIX.substring(0, 5)), "list", e);
            }
            Collections.sort(names);
            return List.copyOf(names);
        }
    }

    /** A folder's entries as read at a time, with the folder's timestamp then. */
    private static final class Snapshot {
        final FileTime modified;
        final long readAt;
        final List<String> names;

        Snapshot(FileTime modified, long readAt, List<String> names) {
            this.modified = modified;
            this.readAt = readAt;
            this.names = names;
        }
    }
}
