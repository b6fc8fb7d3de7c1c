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
import java.util.function.Consumer;
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
 * <p>Thread-safe; one daemon thread.
 */
final class LocalIndexWatch implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LocalIndexWatch.class.getName());
    private static final Pattern FOLDER = Pattern.compile("\\d{9}");

    private final Path root;
    private final Path index;
    private final Consumer<List<String>> onKeys;
    private final Runnable onChange;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();

    private LocalIndexWatch(Path root, Consumer<List<String>> onKeys, Runnable onChange) throws IOException {
        this.root = root;
        this.index = root.resolve("index");
        this.onKeys = onKeys;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
    }

    /**
     * Starts watching an existing trial folder.
     *
     * @param root the trial folder; must exist
     * @param onKeys receives the keys of index files created, on the watch thread
     * @param onChange told of any other change, on the watch thread
     * @param name names the thread
     * @return the watch
     * @throws IOException if the folder cannot be watched
     */
    static LocalIndexWatch start(Path root, Consumer<List<String>> onKeys, Runnable onChange, String name)
            throws IOException {
        LocalIndexWatch watch = new LocalIndexWatch(root, onKeys, onChange);
        try {
            watch.register(root);
            watch.registerIndex();
        } catch (IOException e) {
            watch.close();
            throw e;
        }
        Thread thread = new Thread(watch::loop, "boostscope-trial-watch-" + name);
        thread.setDaemon(true);
        thread.start();
        return watch;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // closing only releases inotify handles; nothing to report
        }
    }

    private void loop() {
        try {
            while (true) {
                List<String> keys = new ArrayList<>();
                boolean changed = handle(service.take(), keys);
                for (WatchKey more = service.poll(); more != null; more = service.poll()) {
                    changed |= handle(more, keys);
                }
                if (!keys.isEmpty()) {
                    onKeys.accept(keys);
                }
                if (changed) {
                    onChange.run();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            LOG.log(System.Logger.Level.DEBUG, "watch of " + root + " closed");
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
            LOG.log(System.Logger.Level.DEBUG, "cannot watch " + index + "; polling covers it", e);
        }
    }

    private void registerQuietly(Path folder) {
        if (!FOLDER.matcher(folder.getFileName().toString()).matches() || !Files.isDirectory(folder)) {
            return;
        }
        try {
            register(folder);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot watch " + folder + "; polling covers it", e);
        }
    }

    private void register(Path folder) throws IOException {
        if (folders.containsValue(folder)) {
            return;
        }
        folders.put(folder.register(service, StandardWatchEventKinds.ENTRY_CREATE), folder);
    }
}
