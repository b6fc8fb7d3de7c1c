// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.datasets;

import dev.boostscope.core.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;

/**
 * Downloads a file into a folder so that an interrupted download resumes and a complete one is verified.
 *
 * <p>The bytes go to {@code NAME.part}; a second run asks the server for the rest with an HTTP {@code Range} request
 * (a server that ignores it sends the whole file, which then replaces the part). When all bytes are there, the size is
 * checked against the known size and the server's {@code Content-Length}, the SHA-256 against the known checksum or, if
 * none is known, against the one pinned in {@code NAME.sha256} by an earlier download (written now if absent); then the
 * part is renamed to {@code NAME}. A file already complete and verified is not downloaded again.
 *
 * <p>Not thread-safe: one download at a time per folder. Blocks while it downloads.
 */
public final class Downloader {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);
    private static final int BUFFER = 1 << 16;

    private final ProgressBar progress;
    private final Duration idleTimeout;

    /**
     * Creates a downloader that gives up on a server silent for a minute.
     *
     * @param progress where to show progress
     */
    public Downloader(ProgressBar progress) {
        this(progress, IDLE_TIMEOUT);
    }

    Downloader(ProgressBar progress, Duration idleTimeout) {
        this.progress = progress;
        this.idleTimeout = idleTimeout;
    }

    /**
     * Makes sure a verified copy of the file is in the folder, downloading or resuming as needed.
     *
     * @param file what to download
     * @param folder where to put it, created if missing
     * @return the verified file, {@code folder/}{@link RemoteFile#fileName()}
     * @throws StorageException if the server cannot be reached (naming the URL and how to fetch the file by hand), the
     *     server refuses, the download is cut short or stalls, or the size or checksum do not match
     * @throws IOException if the folder cannot be written
     */
    public Path fetch(RemoteFile file, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(file.fileName());
        if (Files.isRegularFile(target)) {
            Checksums.verify(file, target, target);
            return target;
        }
        Path part = folder.resolve(file.fileName() + ".part");
        long total = download(file, part);
        checkSize(file, part, total);
        Checksums.verify(file, part, target);
        return Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private long download(RemoteFile file, Path part) throws IOException {
        long have = Files.isRegularFile(part) ? Files.size(part) : 0;
        HttpURLConnection connection = open(file, have);
        try {
            int status = status(connection, file, part);
            if (status == 416 && have > 0) {
                Files.delete(part);
                return download(file, part);
            }
            boolean resumed = status == 206 && RangeHeaders.startOf(connection) == have;
            if (status != 200 && !resumed) {
                throw new StorageException(file.uri(), "download", String.format(Locale.ROOT,
                        "the server answered HTTP %d%s", status, status == 206 ? " with an unexpected range" : ""));
            }
            long total = RangeHeaders.totalOf(connection, resumed ? have : 0);
            checkAnnouncedSize(file, total);
            copy(file, connection, part, resumed ? have : 0, total);
            return total;
        } finally {
            connection.disconnect();
        }
    }

    private HttpURLConnection open(RemoteFile file, long have) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) file.uri().toURL().openConnection();
        connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
        connection.setReadTimeout((int) idleTimeout.toMillis());
        connection.setInstanceFollowRedirects(true);
        connection.setRequestProperty("Accept-Encoding", "identity");
        if (have > 0) {
            connection.setRequestProperty("Range", "bytes=" + have + "-");
        }
        return connection;
    }

    private static int status(HttpURLConnection connection, RemoteFile file, Path part) {
        try {
            return connection.getResponseCode();
        } catch (IOException e) {
            throw unreachable(file, part, e);
        }
    }

    private void copy(RemoteFile file, HttpURLConnection connection, Path part, long offset, long total)
            throws IOException {
        progress.start(file.fileName(), offset, total);
        long written = offset;
        StandardOpenOption mode = offset > 0 ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        try (InputStream body = body(connection, file, part);
                OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        mode)) {
            byte[] buffer = new byte[BUFFER];
            for (int read = readBody(file, body, buffer, written); read >= 0;
                    read = readBody(file, body, buffer, written)) {
                out.write(buffer, 0, read);
                written += read;
                progress.update(written);
            }
        } finally {
            progress.finish();
        }
    }

    private static InputStream body(HttpURLConnection connection, RemoteFile file, Path part) {
        try {
            return connection.getInputStream();
        } catch (IOException e) {
            throw unreachable(file, part, e);
        }
    }

    private static int readBody(RemoteFile file, InputStream body, byte[] buffer, long written) {
        try {
            return body.read(buffer);
        } catch (IOException e) {
            throw new StorageException(file.uri(), "download", String.format(Locale.ROOT,
                    "the connection broke after %d bytes (%s); run the command again to resume", written, e));
        }
    }

    private static void checkAnnouncedSize(RemoteFile file, long total) {
        if (file.size() >= 0 && total >= 0 && total != file.size()) {
            throw new StorageException(file.uri(), "download", String.format(Locale.ROOT,
                    "the server announces %d bytes, expected %d", total, file.size()));
        }
    }

    private static void checkSize(RemoteFile file, Path part, long total) throws IOException {
        long size = Files.size(part);
        long expected = file.size() >= 0 ? file.size() : total;
        if (expected >= 0 && size != expected) {
            throw new StorageException(file.uri(), "download", String.format(Locale.ROOT,
                    "got %d of %d bytes in %s; run the command again to resume", size, expected, part));
        }
    }

    private static StorageException unreachable(RemoteFile file, Path part, IOException cause) {
        URI uri = file.uri();
        // a read time-out means the server took the connection and went quiet: not an offline machine
        boolean offline = cause instanceof ConnectException || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException
                || cause instanceof SocketTimeoutException && String.valueOf(cause.getMessage()).contains("onnect");
        return new StorageException(uri, "download", String.format(Locale.ROOT,
                "%s (%s); fetch it by hand, e.g. curl -fL -o %s %s, and run the command again",
                offline ? "cannot reach the server, are you offline?" : "the request failed", cause,
                part.resolveSibling(file.fileName()), uri));
    }
}
