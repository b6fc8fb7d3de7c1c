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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Lists index keys after a token. On S3 that is one ListObjectsV2 with StartAfter, which the server answers from the
 * token on. A local folder's {@link Storage#list} walks and stats the whole {@code index/} tree instead, so for local
 * folders this reads directory entries only (no stat), and only of the 1000-step folders from the token's on: a
 * listing costs the same at step 100 as at step 100,000.
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
        private final Path index;
        private final Storage storage;

        Folders(Path index, Storage storage) {
            this.index = index;
            this.storage = storage;
        }

        @Override
        List<String> list(@Nullable String startAfter) {
            List<String> keys = new ArrayList<>();
            for (String folder : names(index)) {
                String prefix = TrialLayout.INDEX_PREFIX + folder + "/";
                if (!FOLDER.matcher(folder).matches()
                        || startAfter != null && prefix.compareTo(startAfter) < 0 && !startAfter.startsWith(prefix)) {
                    continue;
                }
                for (String name : names(index.resolve(folder))) {
                    String key = prefix + name;
                    if (!name.endsWith(TEMP_SUFFIX) && (startAfter == null || key.compareTo(startAfter) > 0)) {
                        keys.add(key);
                    }
                }
            }
            Collections.sort(keys);
            return keys;
        }

        private List<String> names(Path folder) {
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
            return names;
        }
    }
}
