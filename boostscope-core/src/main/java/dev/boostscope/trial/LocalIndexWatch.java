// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.format.TrialLayout;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Watches a local trial's index folders (inotify on Linux) and reports the index files created, by key, so that a new
 * step costs reading its index files and nothing else: no folder listing. Only the trial root (for {@code index/} and
 * the end marker), {@code index/} and its 1000-step folders are watched, never the per-step event folders. Anything
 * else (a new folder, the end marker, a lost event) is reported as a change that asks for a listing.
 *
 * <p>{@link dev.boostscope.core.storage.Storage#watch} only says that something changed, which would make every change
 * a listing of a folder of up to 1000 files per worker; hence this watch of its own.
 *
 * <p>It has no thread of its own: the {@link Refresher} waits in {@link #await}, so a local trial has one background
 * thread (besides the JDK's inotify reader).
 *
 * <p>Thread-safe; {@link #await} is called by one thread.
 */
final class LocalIndexWatch implements AutoCloseable {
    private static final Pattern FOLDER = Pattern.compile("\\d{9}");

    private final Path root;
    private final Path index;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();

    private LocalIndexWatch(Path root) throws IOException {
        this.root = root;
        this.index = root.resolve("index");
        this.service = FileSystems.getDefault().newWatchService();
    }

    /**
     * Starts watching an existing trial folder.
     *
     * @param root the trial folder; must exist
     * @return the watch
     * @throws IOException if the folder cannot be watched
     */
    static LocalIndexWatch open(Path root) throws IOException {
        LocalIndexWatch watch = new LocalIndexWatch(root);
        try {
            watch.register(root);
            watch.registerIndex();
        } catch (IOException e) {
            watch.close();
            throw e;
        }
        return watch;
    }

    /**
     * Waits for changes, at most a given time, and returns them.
     *
     * @param nanos the most to wait
     * @return the keys of new index files, and whether anything else changed; empty if none
     * @throws InterruptedException if interrupted while waiting
     * @throws ClosedWatchServiceException if the watch was closed
     */
    Changes await(long nanos) throws InterruptedException {
        WatchKey first = service.poll(Math.max(0, nanos), TimeUnit.NANOSECONDS);
        if (first == null) {
            return Changes.NONE;
        }
        List<String> keys = new ArrayList<>();
        boolean changed = handle(first, keys);
        for (WatchKey more = service.poll(); more != null; more = service.poll()) {
            changed |= handle(more, keys);
        }
        return new Changes(keys, changed);
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // closing only releases inotify handles; nothing to report
        }
    }

    private boolean handle(WatchKey key, List<String> keys) {
        Path folder = folders.get(key);
        boolean changed = folder == null;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || !(event.context() instanceof Path)) {
                changed = true;
            } else if (folder != null) {
                changed |= handle(folder, ((Path) event.context()).toString(), keys);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return changed;
    }

    private boolean handle(Path folder, String name, List<String> keys) {
        if (folder.equals(root)) {
            if (name.equals("index")) {
                registerIndexQuietly();
            }
            return true;
        }
        if (folder.equals(index)) {
            registerQuietly(index.resolve(name));
            return true; // files may have landed before the folder was watched: list it
        }
        if (!name.endsWith(".tmp")) {
            keys.add(TrialLayout.INDEX_PREFIX + folder.getFileName() + "/" + name);
        }
        return false;
    }

    private void registerIndex() throws IOException {
        if (!Files.isDirectory(index)) {
            return;
        }
        register(index);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(index)) {
            for (Path entry : entries) {
                if (FOLDER.matcher(entry.getFileName().toString()).matches() && Files.isDirectory(entry)) {
                    register(entry);
                }
            }
        }
    }

    private void registerIndexQuietly() {
        try {
            registerIndex();
        } catch (IOException e) {
            log().log(System.Logger.Level.DEBUG, "cannot watch " + index + "; polling covers it", e);
        }
    }

    private void registerQuietly(Path folder) {
        if (!FOLDER.matcher(folder.getFileName().toString()).matches() || !Files.isDirectory(folder)) {
            return;
        }
        try {
            register(folder);
        } catch (IOException e) {
            log().log(System.Logger.Level.DEBUG, "cannot watch " + folder + "; polling covers it", e);
        }
    }

    private void register(Path folder) throws IOException {
        if (folders.containsValue(folder)) {
            return;
        }
        folders.put(folder.register(service, StandardWatchEventKinds.ENTRY_CREATE), folder);
    }

    /**
     * What a wait saw.
     *
     * @param keys the keys of index files created
     * @param changed whether anything else changed (a listing is due)
     */
    record Changes(List<String> keys, boolean changed) {
        static final Changes NONE = new Changes(List.of(), false);

        boolean any() {
            return changed || !keys.isEmpty();
        }
    }

    /** Returns the logger, looked up on first use: the lookup starts the logging backend, which reading need not. */
    private static System.Logger log() {
        return System.getLogger(LocalIndexWatch.class.getName());
    }
}
