// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Watches folders of a local storage recursively (inotify on Linux) and runs callbacks on change. New subfolders are
 * registered as they appear. One daemon thread per storage, started on the first watch.
 *
 * <p>Thread-safe.
 */
final class LocalWatcher {

    private final Path root;
    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<Registration> registrations = new CopyOnWriteArrayList<>();
    private WatchService service;
    private Thread thread;

    LocalWatcher(Path root) {
        this.root = root;
    }

    synchronized AutoCloseable watch(Path folder, Runnable onChange) {
        Registration registration = new Registration(folder, onChange);
        registrations.add(registration);
        try {
            start();
            Path existing = folder;
            while (!Files.isDirectory(existing) && existing.startsWith(root) && !existing.equals(root)) {
                existing = existing.getParent();
            }
            registerTree(Files.isDirectory(existing) ? existing : root);
        } catch (NoSuchFileException e) {
            log().log(System.Logger.Level.DEBUG,
                    "cannot watch " + folder + " before it exists; readers will poll: " + e);
        } catch (IOException e) {
            log().log(System.Logger.Level.WARNING, "cannot watch " + folder + "; readers will poll: " + e);
        }
        return () -> registrations.remove(registration);
    }

    synchronized void close() {
        registrations.clear();
        if (service != null) {
            try {
                service.close();
            } catch (IOException ignored) {
                // closing a watch service only releases inotify handles; nothing to report
            }
            service = null;
        }
    }

    private void start() throws IOException {
        if (service != null) {
            return;
        }
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root.toString(), null, "no such folder (a watch never creates it)");
        }
        service = FileSystems.getDefault().newWatchService();
        WatchService current = service;
        thread = new Thread(() -> loop(current), "boostscope-watch-" + root.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path folder) throws IOException {
        if (service == null || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path dir : (Iterable<Path>) tree.filter(Files::isDirectory)::iterator) {
                if (relevant(dir)) {
                    register(dir);
                }
            }
        } catch (UncheckedIOException e) {
            // a folder vanished while it was walked: what is left was registered; its own events follow
            log().log(System.Logger.Level.DEBUG, "folder changed while registering " + folder + ": " + e.getMessage());
        }
    }

    /**
     * Returns whether a folder lies on the way to, or inside, a watched folder: the events/ folders of a trial watched
     * for its index/ never cost an inotify watch per step.
     */
    private boolean relevant(Path dir) {
        for (Registration registration : registrations) {
            if (dir.startsWith(registration.folder) || registration.folder.startsWith(dir)) {
                return true;
            }
        }
        return false;
    }

    private void register(Path dir) throws IOException {
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        keys.put(key, dir);
    }

    private void loop(WatchService watchService) {
        try {
            while (true) {
                WatchKey key = watchService.take();
                try {
                    handle(key);
                } catch (RuntimeException e) {
                    // one bad batch of events (a folder gone, a callback's bug) never ends the watch
                    log().log(System.Logger.Level.WARNING, "watch of " + root + " skipped a change: " + e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(WatchKey key) {
        Path dir = keys.get(key);
        boolean newFolder = false;
        try {
            for (var event : key.pollEvents()) {
                if (dir != null && event.context() instanceof Path) {
                    newFolder |= registerIfFolder(dir.resolve((Path) event.context()));
                }
            }
        } finally {
            // a key not reset reports nothing more: reset it whatever happened above
            if (!key.reset()) {
                keys.remove(key);
            }
        }
        notify(dir, newFolder);
    }

    private boolean registerIfFolder(Path child) {
        if (!Files.isDirectory(child)) {
            return false;
        }
        try {
            synchronized (this) {
                registerTree(child);
            }
        } catch (IOException e) {
            // gone again before it was registered: nothing in it to watch
            log().log(System.Logger.Level.DEBUG, "folder vanished while registering " + child + ": " + e);
        }
        return true;
    }

    private void notify(Path dir, boolean newFolder) {
        for (Registration registration : registrations) {
            if (dir == null || dir.startsWith(registration.folder) || registration.folder.startsWith(dir)
                    || newFolder) {
                try {
                    registration.onChange.run();
                } catch (RuntimeException e) {
                    log().log(System.Logger.Level.WARNING, "watch callback failed", e);
                }
            }
        }
    }

    private static final class Registration {
        final Path folder;
        final Runnable onChange;

        Registration(Path folder, Runnable onChange) {
            this.folder = folder;
            this.onChange = onChange;
        }
    }

    /** Returns the logger, looked up on first use: the lookup starts the logging backend, which reading need not. */
    private static System.Logger log() {
        return System.getLogger(LocalWatcher.class.getName());
    }
}
