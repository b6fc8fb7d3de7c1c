// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.runs;

import dev.boostscope.core.StorageException;
import dev.boostscope.core.format.TrialLayout;
import dev.boostscope.core.storage.Storage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the trials under a root: the root itself or any folder (key prefix) below it, at most {@value #MAX_DEPTH}
 * levels down, that holds {@code index/} or {@code collections/}. Folders inside a trial are not searched, and
 * symbolic links are not followed, so nothing outside the root is found. Blocks on I/O.
 *
 * <p>Stateless; thread-safe.
 */
final class TrialFinder {
    /** How many folder levels below a root are searched. */
    static final int MAX_DEPTH = 6;
    private static final Set<String> TRIAL_FOLDERS = Set.of("index", "collections");
    private static final Set<String> SKIPPED = Set.of("index", "collections", "events", "tensorboard");

    private TrialFinder() {
    }

    /**
     * A trial found under a root.
     *
     * @param path its path below the root, {@code /}-separated; empty for the root itself
     * @param uri its location
     * @param ended whether its end-of-job marker exists
     */
    record Found(String path, URI uri, boolean ended) {
    }

    /**
     * Finds the trials under a local folder by walking its folders.
     *
     * @param root the folder
     * @return the trials, sorted by path
     * @throws StorageException if the folder cannot be walked
     */
    static List<Found> inFolder(Path root) {
        List<Found> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            return visit(root, dir, found);
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new StorageException(root.toUri(), "find trials", e);
        }
        found.sort(java.util.Comparator.comparing(Found::path));
        return found;
    }

    /**
     * Finds the trials under a storage root (an S3 prefix) from one listing of its keys.
     *
     * @param storage the root's storage
     * @return the trials, sorted by path
     */
    static List<Found> inStorage(Storage storage) {
        Set<String> prefixes = new TreeSet<>();
        Set<String> keys = new java.util.HashSet<>(storage.list("", null));
        for (String key : keys) {
            String[] segments = key.split("/");
            for (int i = 0; i < segments.length - 1 && i <= MAX_DEPTH; i++) {
                if (TRIAL_FOLDERS.contains(segments[i])) {
                    prefixes.add(String.join("/", java.util.Arrays.asList(segments).subList(0, i)));
                    break;
                }
            }
        }
        List<Found> found = new ArrayList<>();
        URI root = storage.uri();
        for (String prefix : prefixes) {
            String marker = prefix.isEmpty() ? TrialLayout.END_MARKER : prefix + "/" + TrialLayout.END_MARKER;
            found.add(new Found(prefix, prefix.isEmpty() ? root : URI.create(root + encode(prefix) + "/"),
                    keys.contains(marker)));
        }
        return found;
    }

    private static FileVisitResult visit(Path root, Path dir, List<Found> found) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        if (!dir.equals(root) && (SKIPPED.contains(name) || name.startsWith("."))) {
            return FileVisitResult.SKIP_SUBTREE;
        }
        for (String folder : TRIAL_FOLDERS) {
            if (Files.isDirectory(dir.resolve(folder), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                String path = root.relativize(dir).toString().replace(java.io.File.separatorChar, '/');
                found.add(new Found(path, dir.toUri(), Files.exists(dir.resolve(TrialLayout.END_MARKER))));
                return FileVisitResult.SKIP_SUBTREE;
            }
        }
        return FileVisitResult.CONTINUE;
    }

    private static String encode(String prefix) {
        StringBuilder out = new StringBuilder();
        for (String segment : prefix.split("/")) {
            String encoded = java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20");
            out.append(out.length() == 0 ? "" : "/").append(encoded);
        }
        return out.toString();
    }
}
