// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.spec;

import dev.boostscope.core.BoostscopeException;
import dev.boostscope.core.storage.Storage;
import dev.boostscope.core.storage.Storages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Interprets a channel's {@code S3Uri}: an {@code s3://bucket/prefix} (every object whose key starts with the prefix,
 * as SageMaker's {@code S3Prefix}), a {@code file:} URI or a local path (a file, or a folder whose files are all read).
 *
 * <p>Thread-safe.
 */
public final class Inputs {
    private Inputs() {
    }

    /**
     * Returns whether a location is on S3.
     *
     * @param location the location
     * @return true for {@code s3://}
     */
    public static boolean isRemote(String location) {
        return location.regionMatches(true, 0, "s3://", 0, 5);
    }

    /**
     * Returns a local location as an absolute path, relative paths being resolved against the working folder.
     *
     * @param location a {@code file:} URI or a path
     * @return the absolute path
     * @throws IllegalArgumentException if the location is on S3 or not a valid URI
     */
    public static Path localPath(String location) {
        if (isRemote(location)) {
            throw new IllegalArgumentException("not a local location: " + location);
        }
        URI uri = Storages.parseLocation(location);
        return Path.of(uri).toAbsolutePath().normalize();
    }

    /**
     * Returns a location with local paths made absolute; S3 URIs are returned as given.
     *
     * @param location the location
     * @return the absolute location
     */
    public static String absolute(String location) {
        return isRemote(location) ? location : localPath(location).toString();
    }

    /**
     * Returns the root of the bucket of an S3 location.
     *
     * @param location an {@code s3://bucket/prefix} URI
     * @return {@code s3://bucket/}
     */
    public static URI bucketRoot(String location) {
        URI uri = URI.create(location);
        return URI.create("s3://" + uri.getAuthority() + "/");
    }

    /**
     * Returns the key prefix of an S3 location.
     *
     * @param location an {@code s3://bucket/prefix} URI
     * @return the prefix without a leading slash, possibly empty
     */
    public static String keyPrefix(String location) {
        String path = URI.create(location).getPath();
        return path == null || path.isEmpty() ? "" : path.substring(1);
    }

    /**
     * Lists the data files of a local location: the file itself, or the regular, non-hidden files under a folder,
     * sorted. Blocks on I/O.
     *
     * @param path a file or folder
     * @return the files; empty if there are none
     * @throws IOException if the folder cannot be walked
     */
    public static List<Path> localFiles(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    /**
     * Checks that a location holds readable data. Blocks on I/O (an S3 listing for remote locations).
     *
     * @param location the location
     * @return why it is not readable, or empty if it is
     */
    public static Optional<String> problem(String location) {
        return isRemote(location) ? remoteProblem(location) : localProblem(location);
    }

    private static Optional<String> localProblem(String location) {
        Path path;
        try {
            path = localPath(location);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        if (!Files.exists(path)) {
            return Optional.of("no such file or folder");
        }
        try {
            List<Path> files = localFiles(path);
            if (files.isEmpty()) {
                return Optional.of("the folder holds no data files");
            }
            return files.stream().filter(f -> !Files.isReadable(f)).findFirst()
                    .map(f -> "permission denied reading " + f);
        } catch (IOException e) {
            return Optional.of(describe(e));
        } catch (UncheckedIOException e) {
            return Optional.of(describe(e.getCause()));
        }
    }

    /** Says why a folder could not be walked: a folder without read permission is named as such. */
    private static String describe(IOException e) {
        return e instanceof AccessDeniedException denied ? "permission denied reading " + denied.getFile()
                : e.toString();
    }

    private static Optional<String> remoteProblem(String location) {
        String prefix = keyPrefix(location);
        try (Storage storage = Storages.open(bucketRoot(location))) {
            return storage.list(prefix, null).isEmpty()
                    ? Optional.of(String.format(Locale.ROOT, "no objects under the prefix '%s'", prefix))
                    : Optional.empty();
        } catch (BoostscopeException | IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
