// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.storage;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
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
    private static final System.Logger LOG = System.getLogger(LocalWatcher.class.getName());

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
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot watch " + folder + "; readers will poll: " + e);
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
        Files.createDirectories(root);
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
                register(dir);
            }
        }
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
                Path dir = keys.get(key);
                boolean newFolder = false;
                for (var event : key.pollEvents()) {
                    if (dir != null && event.context() instanceof Path) {
                        Path child = dir.resolve((Path) event.context());
                        if (Files.isDirectory(child)) {
                            newFolder = true;
                            synchronized (this) {
                                registerTree(child);
                            }
                        }
                    }
                }
                if (!key.reset()) {
                    keys.remove(key);
                }
                notify(dir, newFolder);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "watch of " + root + " stopped; readers will poll: " + e);
        }
    }

    private void notify(Path dir, boolean newFolder) {
        for (Registration registration : registrations) {
            if (dir == null || dir.startsWith(registration.folder) || registration.folder.startsWith(dir)
                    || newFolder) {
                try {
                    registration.onChange.run();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "watch callback failed", e);
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
}
